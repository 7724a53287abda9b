import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { FinancialRiskRecord } from "../dataSet.js";
import { FinancialRisk } from "../entities/FinancialRisk.js";
import { FinancialStabilityGap } from "../entities/FinancialStabilityGap.js";
import { FinancialRiskFilter, riskFilterArgument } from "../entities/filters.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";
import { FinancialRiskConnection } from "./connections.js";

/** Page and filter of every list of risks: `Query.financialRisks` and `Region.financialRisks`. */
@ArgsType()
export class FinancialRiskArgs extends PageArgs {
  @Field(() => FinancialRiskFilter, { nullable: true, description: "Which risks to return." })
  filter?: FinancialRiskFilter | null;
}

@Resolver(() => FinancialRisk)
export class FinancialRiskResolver {
  @Query(() => FinancialRiskConnection, {
    nullable: true,
    description: "Financial risks the article names, in article order.",
  })
  @Directive(PUBLIC_TAG)
  financialRisks(@Args(() => FinancialRiskArgs) args: FinancialRiskArgs, @Ctx() { repository }: FinanceContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.riskPage(riskFilterArgument(args.filter), page);
    return toConnection(nodes, total, page);
  }

  @Query(() => FinancialRisk, {
    nullable: true,
    description: "A financial risk by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  financialRisk(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`FinancialRisk.id`)." }) id: string | null,
    @Arg("handle", () => String, { nullable: true, description: "Risk handle, e.g. high-debt-pressure." })
    handle: string | null,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return loadByIdOrHandle("FinancialRisk", id, handle, (wanted) => loaders.risksById.load(wanted));
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region that faces the risk." })
  region(@Root() risk: FinancialRiskRecord): Region | null {
    return { id: risk.regionId };
  }

  @FieldResolver(() => FinancialStabilityGap, {
    nullable: true,
    description: "The gap the article names beside the risk; it does not say the risk causes the gap.",
  })
  gap(@Root() risk: FinancialRiskRecord, @Ctx() { loaders }: FinanceContext) {
    return risk.gapId ? loaders.gapsById.load(risk.gapId) : null;
  }
}
