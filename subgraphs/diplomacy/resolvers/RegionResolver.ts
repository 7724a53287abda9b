import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import type { RegionRecord } from "../dataSet.js";
import { Country } from "../entities/Country.js";
import { Region } from "../entities/Region.js";
import type { DiplomacyContext } from "../store/loaders.js";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: "Regions the article treats as one party." })
  @Directive(PUBLIC_TAG)
  regions(@Ctx() { repository }: DiplomacyContext) {
    return repository.allRegions();
  }

  @Query(() => Region, { nullable: true, description: "A region by id; null if unknown." })
  @Directive(PUBLIC_TAG)
  region(
    @Arg("id", () => ID, { description: "Region id, e.g. latin-america." }) id: string,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loaders.regionsById.load(id);
  }

  @FieldResolver(() => [Country], { description: "Countries of the region the article names." })
  countries(@Root() region: RegionRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loaders.countriesByRegion.load(region.id);
  }
}
