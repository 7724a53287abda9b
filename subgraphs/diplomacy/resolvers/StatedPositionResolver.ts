import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { CountryCodeScalar } from "../../../platform/scalars.js";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { deprecatedCountryCodes, filterOrDeprecated } from "../../kit/listFilters.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { StatedPositionRecord } from "../dataSet.js";
import { Country } from "../entities/Country.js";
import { Framework } from "../entities/Framework.js";
import { checkFilter, StatedPositionFilter } from "../entities/filters.js";
import { PolicyDocument } from "../entities/PolicyDocument.js";
import { Region } from "../entities/Region.js";
import { StatedPosition } from "../entities/StatedPosition.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { StatedPositionConnection } from "./connections.js";
import { loadAll } from "./loadAll.js";

/** Page and filter of every list of stated positions: `Query.statedPositions` and the nested ones. */
@ArgsType()
export class StatedPositionArgs extends PageArgs {
  @Field(() => StatedPositionFilter, { nullable: true, description: "Which positions to return." })
  filter?: StatedPositionFilter | null;
}

@ArgsType()
class StatedPositionListArgs extends StatedPositionArgs {
  @Field(() => CountryCodeScalar, {
    nullable: true,
    description: "Only positions this country stated (ISO alpha-2 code).",
    deprecationReason: "Use `filter: { countryCodes: [...] }`.",
  })
  countryCode?: string | null;
}

@Resolver(() => StatedPosition)
export class StatedPositionResolver {
  @Query(() => StatedPositionConnection, {
    nullable: true,
    description: "Positions and commitments the article reports being stated, in article order.",
  })
  @Directive(PUBLIC_TAG)
  statedPositions(
    @Args(() => StatedPositionListArgs) args: StatedPositionListArgs,
    @Ctx() { repository }: DiplomacyContext,
  ) {
    const countryCodes = filterOrDeprecated(args.filter?.countryCodes, deprecatedCountryCodes(args.countryCode), [
      "filter.countryCodes",
      "countryCode",
    ]);
    const page = pageFromArgs(args);
    const filter = checkFilter.statedPosition({ ...args.filter, countryCodes });
    const { nodes, total } = repository.statedPositionPage(filter, page);
    return toConnection(nodes, total, page);
  }

  @Query(() => StatedPosition, {
    nullable: true,
    description: "A stated position by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  statedPosition(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`StatedPosition.id`)." }) id: string | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Handle, e.g. china-willingness-on-third-policy-document.",
    })
    handle: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loadByIdOrHandle("StatedPosition", id, handle, (wanted) => loaders.statedPositionsById.load(wanted));
  }

  @FieldResolver(() => Country, { description: "Country that stated it." })
  async statedBy(@Root() position: StatedPositionRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loaders.countriesByCode.load(position.statedByCountryCode);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'Who it is stated towards ("Latin American countries": the region).',
  })
  partner(@Root() position: StatedPositionRecord, @Ctx() { loaders }: DiplomacyContext) {
    return position.withRegionId ? loaders.regionsById.load(position.withRegionId) : null;
  }

  @FieldResolver(() => PolicyDocument, {
    nullable: true,
    description: "The policy document whose release is the occasion, when the article names one.",
  })
  occasionPolicyDocument(@Root() position: StatedPositionRecord, @Ctx() { loaders }: DiplomacyContext) {
    return position.occasionPolicyDocumentId
      ? loaders.policyDocumentsById.load(position.occasionPolicyDocumentId)
      : null;
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [Framework], {
    description: "Frameworks its aims name, e.g. the community with a shared future.",
  })
  frameworks(@Root() position: StatedPositionRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loadAll(loaders.frameworksById, position.frameworkIds);
  }
}
