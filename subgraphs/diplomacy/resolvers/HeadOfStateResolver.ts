import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { deprecatedCountryCodes, filterOrDeprecated } from "../../kit/listFilters.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { type Order, orderBySql } from "../../kit/ordering.js";
import type { HeadOfStateRecord } from "../dataSet.js";
import { Country } from "../entities/Country.js";
import { checkFilter, HeadOfStateFilter } from "../entities/filters.js";
import { HeadOfState } from "../entities/HeadOfState.js";
import { HeadOfStateOrder, headOfStateOrderFields } from "../entities/orders.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { EngagementConnection, HeadOfStateConnection } from "./connections.js";
import { EngagementArgs, engagementConnection } from "./EngagementResolver.js";

@ArgsType()
class HeadOfStateListArgs extends PageArgs {
  @Field(() => HeadOfStateFilter, { nullable: true, description: "Which heads of state to return." })
  filter?: HeadOfStateFilter | null;

  @Field(() => HeadOfStateOrder, { nullable: true, description: "How to sort; article order by default." })
  orderBy?: Order | null;

  @Field(() => CountryCodeScalar, {
    nullable: true,
    description: "Only heads of state of this country (ISO alpha-2 code).",
    deprecationReason: "Use `filter: { countryCodes: [...] }`.",
  })
  countryCode?: string | null;
}

@Resolver(() => HeadOfState)
export class HeadOfStateResolver {
  @Query(() => HeadOfStateConnection, { nullable: true, description: "Heads of state the article names." })
  @Directive(PUBLIC_TAG)
  headsOfState(@Args(() => HeadOfStateListArgs) args: HeadOfStateListArgs, @Ctx() { repository }: DiplomacyContext) {
    const countryCodes = filterOrDeprecated(args.filter?.countryCodes, deprecatedCountryCodes(args.countryCode), [
      "filter.countryCodes",
      "countryCode",
    ]);
    const page = pageFromArgs(args);
    const orderBy = orderBySql(args.orderBy, headOfStateOrderFields);
    const { nodes, total } = repository.headOfStatePage(checkFilter.headOfState({ countryCodes }), page, orderBy);
    return toConnection(nodes, total, page);
  }

  @Query(() => HeadOfState, {
    nullable: true,
    description: "A head of state by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  headOfState(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`HeadOfState.id`)." }) id: string | null,
    @Arg("handle", () => String, { nullable: true, description: "Head-of-state handle, e.g. orsi." })
    handle: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loadByIdOrHandle("HeadOfState", id, handle, (wanted) => loaders.headsOfStateById.load(wanted));
  }

  @FieldResolver(() => Country, { description: "Country whose head of state this is." })
  country(@Root() leader: HeadOfStateRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loaders.countriesByCode.load(leader.countryCode);
  }

  @FieldResolver(() => EngagementConnection, { description: "Exchanges this head of state took part in." })
  async engagements(
    @Root() leader: HeadOfStateRecord,
    @Args(() => EngagementArgs) args: EngagementArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return engagementConnection(await loaders.engagementsByParticipant.load(leader.id), args, loaders);
  }
}
