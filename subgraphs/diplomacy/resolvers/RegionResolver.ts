import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { RegionRecord } from "../dataSet.js";
import { countryOrderFields } from "../entities/CountryOrder.js";
import { checkFilter, filterMatches } from "../entities/filters.js";
import { Region } from "../entities/Region.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { CountryArgs } from "./CountryResolver.js";
import { AssessmentConnection, CountryConnection, RegionConnection } from "./connections.js";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => RegionConnection, { nullable: true, description: "Regions the article treats as one party." })
  @Directive(PUBLIC_TAG)
  regions(@Args(() => PageArgs) args: PageArgs, @Ctx() { repository }: DiplomacyContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.regionPage(page);
    return toConnection(nodes, total, page);
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

  @FieldResolver(() => CountryConnection, { description: "Countries of the region the article names." })
  async countries(
    @Root() region: RegionRecord,
    @Args(() => CountryArgs) args: CountryArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    const keep = filterMatches.country(checkFilter.country(args.filter));
    return connectionOf(await loaders.countriesByRegion.load(region.id), args, keep, countryOrderFields);
  }

  @FieldResolver(() => AssessmentConnection, {
    description: "Views and outlooks the article attributes to the region's countries.",
  })
  async assessments(
    @Root() region: RegionRecord,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return connectionOf(await loaders.assessmentsByHolderRegion.load(region.id), args);
  }
}
