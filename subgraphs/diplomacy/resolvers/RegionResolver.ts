import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { type Order, sortRecords } from "../../kit/ordering.js";
import type { RegionRecord } from "../dataSet.js";
import { CountryOrder, countryOrderFields } from "../entities/CountryOrder.js";
import { Region } from "../entities/Region.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { AssessmentConnection, CountryConnection, RegionConnection } from "./connections.js";

@ArgsType()
class RegionCountryArgs extends PageArgs {
  @Field(() => CountryOrder, { nullable: true, description: "How to sort; article order by default." })
  orderBy?: Order | null;
}

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
    @Args(() => RegionCountryArgs) args: RegionCountryArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    const countries = await loaders.countriesByRegion.load(region.id);
    return connectionOf(sortRecords(countries, args.orderBy, countryOrderFields), args);
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
