import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import type { FinancialRiskRecord } from "../dataSet.js";
import { FinancialRiskKind } from "../entities/enums.js";
import { FinancialRisk } from "../entities/FinancialRisk.js";
import { FinancialStabilityGap } from "../entities/FinancialStabilityGap.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";
import { FinancialRiskConnection } from "./connections.js";

@ArgsType()
class FinancialRiskListArgs extends PageArgs {
  @Field(() => FinancialRiskKind, { nullable: true, description: "Only risks of this kind." })
  kind?: FinancialRiskKind | null;

  @Field(() => ID, { nullable: true, description: "Only risks this region faces, e.g. latin-america." })
  regionId?: string | null;
}

@Resolver(() => FinancialRisk)
export class FinancialRiskResolver {
  @Query(() => FinancialRiskConnection, { description: "Financial risks the article names, in article order." })
  @Directive(PUBLIC_TAG)
  financialRisks(
    @Args(() => FinancialRiskListArgs) args: FinancialRiskListArgs,
    @Ctx() { repository }: FinanceContext,
  ) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.riskPage({ kind: args.kind, regionId: args.regionId }, page);
    return toConnection(nodes, total, page);
  }

  @Query(() => FinancialRisk, { nullable: true, description: "A financial risk by id; null if unknown." })
  @Directive(PUBLIC_TAG)
  financialRisk(
    @Arg("id", () => ID, { description: "Risk id, e.g. high-debt-pressure." }) id: string,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return loaders.risksById.load(id);
  }

  @FieldResolver(() => Region, { description: "Region that faces the risk (resolved by diplomacy)." })
  region(@Root() risk: FinancialRiskRecord): Region {
    return { id: risk.regionId };
  }

  @FieldResolver(() => FinancialStabilityGap, { nullable: true, description: "The gap the risk belongs to." })
  gap(@Root() risk: FinancialRiskRecord, @Ctx() { loaders }: FinanceContext) {
    return risk.gapId ? loaders.gapsById.load(risk.gapId) : null;
  }
}
