import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { countryCodeArgument } from "../../kit/countryCode.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { CountryCodeScalar } from "../../kit/scalars.js";
import type { EngagementRecord } from "../dataSet.js";
import { Country } from "../entities/Country.js";
import { Engagement } from "../entities/Engagement.js";
import { EngagementKind } from "../entities/enums.js";
import { HeadOfState } from "../entities/HeadOfState.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { EngagementConnection } from "./connections.js";

@ArgsType()
class EngagementListArgs extends PageArgs {
  @Field(() => CountryCodeScalar, {
    nullable: true,
    description: "Only exchanges involving this country (ISO alpha-2 code).",
  })
  countryCode?: string | null;

  @Field(() => EngagementKind, { nullable: true, description: "Only exchanges of this kind." })
  kind?: EngagementKind | null;
}

@Resolver(() => Engagement)
export class EngagementResolver {
  @Query(() => EngagementConnection, { nullable: true, description: "Diplomatic exchanges between heads of state." })
  @Directive(PUBLIC_TAG)
  engagements(@Args(() => EngagementListArgs) args: EngagementListArgs, @Ctx() { repository }: DiplomacyContext) {
    const countryCode = args.countryCode == null ? null : countryCodeArgument(args.countryCode, "countryCode");
    const page = pageFromArgs(args);
    const { nodes, total } = repository.engagementPage({ countryCode, kind: args.kind }, page);
    return toConnection(nodes, total, page);
  }

  @Query(() => Engagement, {
    nullable: true,
    description: "An exchange by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  engagement(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`Engagement.id`)." }) id: string | null,
    @Arg("handle", () => String, { nullable: true, description: "Engagement handle, e.g. xi-orsi-state-visit-talks." })
    handle: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loadByIdOrHandle("Engagement", id, handle, (wanted) => loaders.engagementsById.load(wanted));
  }

  @Directive("@listSize(assumedSize: 5)")
  @FieldResolver(() => [HeadOfState], { description: "Heads of state taking part." })
  participants(@Root() engagement: EngagementRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loaders.participantsByEngagement.load(engagement.id);
  }

  @Directive("@listSize(assumedSize: 5)")
  @FieldResolver(() => [Country], {
    description: "Countries taking part: the participants' and the host's, in article order.",
  })
  participantCountries(@Root() engagement: EngagementRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loaders.countriesByEngagement.load(engagement.id);
  }

  @Directive("@listSize(assumedSize: 5)")
  @FieldResolver(() => [Country], {
    description: "Countries involved: the participants' and the host's.",
    deprecationReason: "Use `participantCountries`.",
  })
  countries(@Root() engagement: EngagementRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loaders.countriesByEngagement.load(engagement.id);
  }

  @FieldResolver(() => Country, { nullable: true, description: "Host country, for talks during a visit." })
  hostCountry(@Root() engagement: EngagementRecord, @Ctx() { loaders }: DiplomacyContext) {
    return engagement.hostCountryCode ? loaders.countriesByCode.load(engagement.hostCountryCode) : null;
  }
}
