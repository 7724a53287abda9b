import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { countryCodeArgument } from "../../kit/countryCode.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { CountryCodeScalar } from "../../kit/scalars.js";
import type { HeadOfStateRecord } from "../dataSet.js";
import { Country } from "../entities/Country.js";
import { HeadOfState } from "../entities/HeadOfState.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { EngagementConnection, HeadOfStateConnection } from "./connections.js";

@ArgsType()
class HeadOfStateListArgs extends PageArgs {
  @Field(() => CountryCodeScalar, {
    nullable: true,
    description: "Only heads of state of this country (ISO alpha-2 code).",
  })
  countryCode?: string | null;
}

@Resolver(() => HeadOfState)
export class HeadOfStateResolver {
  @Query(() => HeadOfStateConnection, { nullable: true, description: "Heads of state the article names." })
  @Directive(PUBLIC_TAG)
  headsOfState(@Args(() => HeadOfStateListArgs) args: HeadOfStateListArgs, @Ctx() { repository }: DiplomacyContext) {
    const countryCode = args.countryCode == null ? null : countryCodeArgument(args.countryCode, "countryCode");
    const page = pageFromArgs(args);
    const { nodes, total } = repository.headOfStatePage(countryCode, page);
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
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return connectionOf(await loaders.engagementsByParticipant.load(leader.id), args);
  }
}
