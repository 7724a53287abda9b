import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { RegionRecord } from "../dataSet.js";
import { Assessment } from "../entities/Assessment.js";
import { Country } from "../entities/Country.js";
import { Region } from "../entities/Region.js";
import type { DiplomacyContext } from "../store/loaders.js";

@Resolver(() => Region)
export class RegionResolver {
  @Directive("@listSize(assumedSize: 3)")
  @Query(() => [Region], { nullable: true, description: "Regions the article treats as one party." })
  @Directive(PUBLIC_TAG)
  regions(@Ctx() { repository }: DiplomacyContext) {
    return repository.allRegions();
  }

  @Query(() => Region, { nullable: true, description: "A region by id; null if unknown. Give `id` or `handle`." })
  @Directive(PUBLIC_TAG)
  region(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`Region.id`)." }) id: string | null,
    @Arg("handle", () => String, { nullable: true, description: "Region handle, e.g. latin-america." })
    handle: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loadByIdOrHandle("Region", id, handle, (wanted) => loaders.regionsById.load(wanted));
  }

  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [Country], { description: "Countries of the region the article names." })
  countries(@Root() region: RegionRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loaders.countriesByRegion.load(region.id);
  }

  @Directive("@listSize(assumedSize: 4)")
  @FieldResolver(() => [Assessment], {
    description: "Views and outlooks the article attributes to the region's countries.",
  })
  assessments(@Root() region: RegionRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loaders.assessmentsByHolderRegion.load(region.id);
  }
}
