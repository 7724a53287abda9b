import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { countryCodeArgument } from "../../kit/countryCode.js";
import { filterOrDeprecated } from "../../kit/listFilters.js";
import { type Order, orderBySql } from "../../kit/ordering.js";
import type { CountryRecord } from "../dataSet.js";
import { Country } from "../entities/Country.js";
import { CountryOrder, countryOrderFields } from "../entities/CountryOrder.js";
import { FactFilter } from "../entities/FactFilter.js";
import { CountryFilter, checkFilter, filterMatches } from "../entities/filters.js";
import { HeadOfState } from "../entities/HeadOfState.js";
import { Region } from "../entities/Region.js";
import { type DiplomacyContext, diplomacyFactLoaders } from "../store/loaders.js";
import {
  AssessmentConnection,
  CountryConnection,
  EngagementConnection,
  FactConnection,
  StatedPositionConnection,
} from "./connections.js";
import { EngagementArgs, engagementConnection } from "./EngagementResolver.js";
import { factConnection, selectFacts } from "./factSelection.js";
import { StatedPositionArgs } from "./StatedPositionResolver.js";

/** Page, filter and order of every list of countries: `Query.countries` and `Region.countries`. */
@ArgsType()
export class CountryArgs extends PageArgs {
  @Field(() => CountryFilter, { nullable: true, description: "Which countries to return." })
  filter?: CountryFilter | null;

  @Field(() => CountryOrder, { nullable: true, description: "How to sort; article order by default." })
  orderBy?: Order | null;
}

@ArgsType()
class CountryListArgs extends CountryArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Only countries of this region (its `id`).",
    deprecationReason: "Use `filter: { regionId }`.",
  })
  regionId?: string | null;
}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { nullable: true, description: "Countries the article names, in article order." })
  @Directive(PUBLIC_TAG)
  countries(@Args(() => CountryListArgs) args: CountryListArgs, @Ctx() { repository }: DiplomacyContext) {
    const page = pageFromArgs(args);
    const regionId = filterOrDeprecated(args.filter?.regionId, args.regionId, ["filter.regionId", "regionId"]);
    const { nodes, total } = repository.countryPage(
      checkFilter.country({ regionId }),
      page,
      orderBySql(args.orderBy, countryOrderFields),
    );
    return toConnection(nodes, total, page);
  }

  @Query(() => Country, {
    nullable: true,
    description: "A country by ISO 3166-1 alpha-2 code; null if the article does not name it.",
  })
  @Directive(PUBLIC_TAG)
  country(
    @Arg("code", () => CountryCodeScalar, { description: "ISO 3166-1 alpha-2 code, e.g. UY." }) code: string,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loaders.countriesByCode.load(countryCodeArgument(code));
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region the country belongs to, per the article." })
  region(@Root() country: CountryRecord, @Ctx() { loaders }: DiplomacyContext) {
    return country.regionId ? loaders.regionsById.load(country.regionId) : null;
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [HeadOfState], { description: "Its heads of state the article names." })
  headsOfState(@Root() country: CountryRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loaders.headsOfStateByCountry.load(country.code);
  }

  @FieldResolver(() => FactConnection, {
    nullable: true,
    description:
      "Facts about the country, of every kind, in article order. While part of the API is unavailable, the facts of the rest, with an error naming what is missing (null when asked for under a list of countries).",
  })
  @Directive('@requires(fields: "infrastructureFactIndex { id paragraphs countryCodes text }")')
  async facts(
    @Root() country: CountryRecord & Pick<Country, "infrastructureFactIndex">,
    @Arg("filter", () => FactFilter, { nullable: true, description: "Which facts to return." })
    filter: FactFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    const own = await loaders.factIndexByCountry.load(country.code);
    const selected = selectFacts([own, country.infrastructureFactIndex ?? []], filter);
    return factConnection(selected, args, diplomacyFactLoaders(loaders));
  }

  @FieldResolver(() => EngagementConnection, {
    description: "Diplomatic exchanges involving the country (as participant or host).",
  })
  async engagements(
    @Root() country: CountryRecord,
    @Args(() => EngagementArgs) args: EngagementArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return engagementConnection(await loaders.engagementsByCountry.load(country.code), args, loaders);
  }

  @FieldResolver(() => StatedPositionConnection, { description: "Positions and commitments the country stated." })
  async statedPositions(
    @Root() country: CountryRecord,
    @Args(() => StatedPositionArgs) args: StatedPositionArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    const keep = filterMatches.statedPosition(checkFilter.statedPosition(args.filter));
    return connectionOf(await loaders.statedPositionsByCountry.load(country.code), args, keep);
  }

  @FieldResolver(() => AssessmentConnection, { description: "Views others hold about the country, per the article." })
  async assessments(
    @Root() country: CountryRecord,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return connectionOf(await loaders.assessmentsAboutCountry.load(country.code), args);
  }
}
