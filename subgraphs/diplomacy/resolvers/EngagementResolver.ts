import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { deprecatedCountryCodes, filterOrDeprecated } from "../../kit/listFilters.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { type Order, orderBySql } from "../../kit/ordering.js";
import type { EngagementRecord } from "../dataSet.js";
import { Country } from "../entities/Country.js";
import { Engagement } from "../entities/Engagement.js";
import { EngagementKind } from "../entities/enums.js";
import { checkFilter, EngagementFilter, filterMatches } from "../entities/filters.js";
import { HeadOfState } from "../entities/HeadOfState.js";
import { EngagementOrder, engagementOrderFields } from "../entities/orders.js";
import type { DiplomacyContext, DiplomacyLoaders } from "../store/loaders.js";
import { EngagementConnection } from "./connections.js";

/** Page, filter and order of every list of exchanges: `Query.engagements` and the nested ones. */
@ArgsType()
export class EngagementArgs extends PageArgs {
  @Field(() => EngagementFilter, { nullable: true, description: "Which exchanges to return." })
  filter?: EngagementFilter | null;

  @Field(() => EngagementOrder, { nullable: true, description: "How to sort; article order by default." })
  orderBy?: Order | null;
}

@ArgsType()
class EngagementListArgs extends EngagementArgs {
  @Field(() => CountryCodeScalar, {
    nullable: true,
    description: "Only exchanges involving this country (ISO alpha-2 code).",
    deprecationReason: "Use `filter: { countryCodes: [...] }`.",
  })
  countryCode?: string | null;

  @Field(() => EngagementKind, {
    nullable: true,
    description: "Only exchanges of this kind.",
    deprecationReason: "Use `filter: { kind }`.",
  })
  kind?: EngagementKind | null;
}

/** A page of a nested list of exchanges, filtered and sorted like the root one (one batched statement per list). */
export async function engagementConnection(
  records: readonly EngagementRecord[],
  args: EngagementArgs,
  loaders: DiplomacyLoaders,
) {
  const filter = checkFilter.engagement(args.filter);
  const countries = filter.countryCodes
    ? await Promise.all(records.map((engagement) => loaders.countriesByEngagement.load(engagement.id)))
    : [];
  const countriesOf = new Map(records.map((engagement, i) => [engagement.id, (countries[i] ?? []).map((c) => c.code)]));
  return connectionOf(records, args, filterMatches.engagement(filter, countriesOf), engagementOrderFields);
}

@Resolver(() => Engagement)
export class EngagementResolver {
  @Query(() => EngagementConnection, { nullable: true, description: "Diplomatic exchanges between heads of state." })
  @Directive(PUBLIC_TAG)
  engagements(@Args(() => EngagementListArgs) args: EngagementListArgs, @Ctx() { repository }: DiplomacyContext) {
    const filter = checkFilter.engagement({
      countryCodes: filterOrDeprecated(args.filter?.countryCodes, deprecatedCountryCodes(args.countryCode), [
        "filter.countryCodes",
        "countryCode",
      ]),
      kind: filterOrDeprecated(args.filter?.kind, args.kind, ["filter.kind", "kind"]),
    });
    const page = pageFromArgs(args);
    const { nodes, total } = repository.engagementPage(filter, page, orderBySql(args.orderBy, engagementOrderFields));
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
