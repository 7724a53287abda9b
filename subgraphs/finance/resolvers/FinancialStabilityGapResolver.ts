import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { filterOrDeprecated } from "../../kit/listFilters.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { FinancialStabilityGapRecord } from "../dataSet.js";
import { FinancialRegulatoryDialogue } from "../entities/FinancialRegulatoryDialogue.js";
import { FinancialStabilityGap } from "../entities/FinancialStabilityGap.js";
import {
  FinancialStabilityGapFilter,
  regionFilterArgument,
  riskFilterArgument,
  riskMatches,
} from "../entities/filters.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";
import {
  FinancialRegulatoryDialogueConnection,
  FinancialRiskConnection,
  FinancialStabilityGapConnection,
} from "./connections.js";
import { FinancialRiskArgs } from "./FinancialRiskResolver.js";
import { dialogueConnection, FinancialRegulatoryDialogueArgs } from "./listArgs.js";

/** Page and filter of every list of gaps: `Query.financialStabilityGaps` and the nested ones. */
@ArgsType()
export class FinancialStabilityGapArgs extends PageArgs {
  @Field(() => FinancialStabilityGapFilter, { nullable: true, description: "Which gaps to return." })
  filter?: FinancialStabilityGapFilter | null;
}

@ArgsType()
class FinancialStabilityGapListArgs extends FinancialStabilityGapArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Only gaps of this region (its `id`).",
    deprecationReason: "Use `filter: { regionId }`.",
  })
  regionId?: string | null;
}

@Resolver(() => FinancialStabilityGap)
export class FinancialStabilityGapResolver {
  @Query(() => FinancialStabilityGapConnection, {
    nullable: true,
    description: "Shortfalls in the supply of public goods related to financial stability.",
  })
  @Directive(PUBLIC_TAG)
  financialStabilityGaps(
    @Args(() => FinancialStabilityGapListArgs) args: FinancialStabilityGapListArgs,
    @Ctx() { repository }: FinanceContext,
  ) {
    const page = pageFromArgs(args);
    const regionId = filterOrDeprecated(args.filter?.regionId, args.regionId, ["filter.regionId", "regionId"]);
    const { nodes, total } = repository.gapPage(regionFilterArgument({ regionId }), page);
    return toConnection(nodes, total, page);
  }

  @Query(() => FinancialStabilityGap, {
    nullable: true,
    description: "A financial-stability gap by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  financialStabilityGap(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`FinancialStabilityGap.id`)." }) id: string | null,
    @Arg("handle", () => String, { nullable: true, description: "Gap handle, e.g. financial-stability-public-goods." })
    handle: string | null,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return loadByIdOrHandle("FinancialStabilityGap", id, handle, (wanted) => loaders.gapsById.load(wanted));
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region that faces the gap." })
  region(@Root() gap: FinancialStabilityGapRecord): Region | null {
    return { id: gap.regionId };
  }

  @FieldResolver(() => FinancialRiskConnection, {
    description:
      "Financial challenges the article names beside the gap, in the same paragraph; it states no causal link between them.",
  })
  async risks(
    @Root() gap: FinancialStabilityGapRecord,
    @Args(() => FinancialRiskArgs) args: FinancialRiskArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return connectionOf(await loaders.risksByGap.load(gap.id), args, riskMatches(riskFilterArgument(args.filter)));
  }

  @FieldResolver(() => FinancialRegulatoryDialogueConnection, {
    description: "Cooperation the article presents as enhancing the supply of financial public goods.",
  })
  async financialRegulatoryDialogues(
    @Root() gap: FinancialStabilityGapRecord,
    @Args(() => FinancialRegulatoryDialogueArgs) args: FinancialRegulatoryDialogueArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return dialogueConnection(await loaders.dialoguesByGap.load(gap.id), args);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [FinancialRegulatoryDialogue], {
    description: "Cooperation the article presents as enhancing the supply of financial public goods.",
    deprecationReason: "Use `financialRegulatoryDialogues`.",
  })
  addressedBy(@Root() gap: FinancialStabilityGapRecord, @Ctx() { loaders }: FinanceContext) {
    return loaders.dialoguesByGap.load(gap.id);
  }
}
