import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { connectionOf } from "../../kit/connection.js";
import { REGION_NAME_DESCRIPTION, referenceName } from "../../kit/referenceNames.js";
import { regionFilterArgument, regionMatches, riskFilterArgument, riskMatches } from "../entities/filters.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";
import {
  FinancialMechanismConnection,
  FinancialOutlookConnection,
  FinancialRegulatoryDialogueConnection,
  FinancialRiskConnection,
  FinancialStabilityGapConnection,
} from "./connections.js";
import { FinancialOutlookArgs } from "./FinancialOutlookResolver.js";
import { FinancialRiskArgs } from "./FinancialRiskResolver.js";
import { FinancialStabilityGapArgs } from "./FinancialStabilityGapResolver.js";
import {
  dialogueConnection,
  FinancialMechanismArgs,
  FinancialRegulatoryDialogueArgs,
  mechanismConnection,
} from "./listArgs.js";

@Resolver(() => Region)
export class RegionResolver {
  // Served here too (@shareable) from this subgraph's copy of the name, so a region's name costs no extra fetch.
  @FieldResolver(() => String, { description: REGION_NAME_DESCRIPTION })
  @Directive("@shareable")
  name(@Root() region: Region, @Ctx() { loaders }: FinanceContext) {
    return referenceName(loaders.regionNamesById, "Region", region.id);
  }

  @FieldResolver(() => FinancialStabilityGapConnection, {
    nullable: true,
    description: "Shortfalls in the region's supply of financial-stability public goods.",
  })
  async financialStabilityGaps(
    @Root() region: Region,
    @Args(() => FinancialStabilityGapArgs) args: FinancialStabilityGapArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    const keep = regionMatches(regionFilterArgument(args.filter));
    return connectionOf(await loaders.gapsByRegion.load(region.id), args, keep);
  }

  @FieldResolver(() => FinancialRiskConnection, {
    nullable: true,
    description: "Financial risks the region faces, in article order.",
  })
  async financialRisks(
    @Root() region: Region,
    @Args(() => FinancialRiskArgs) args: FinancialRiskArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    const keep = riskMatches(riskFilterArgument(args.filter));
    return connectionOf(await loaders.risksByRegion.load(region.id), args, keep);
  }

  @FieldResolver(() => FinancialMechanismConnection, {
    nullable: true,
    description: "China-Latin America financial cooperation mechanisms for the region, existing and to explore.",
  })
  async financialMechanisms(
    @Root() region: Region,
    @Args(() => FinancialMechanismArgs) args: FinancialMechanismArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return mechanismConnection(await loaders.mechanismsByRegion.load(region.id), args);
  }

  @FieldResolver(() => FinancialRegulatoryDialogueConnection, {
    nullable: true,
    description: "Central-bank and financial-regulator dialogues between China and the region.",
  })
  async financialRegulatoryDialogues(
    @Root() region: Region,
    @Args(() => FinancialRegulatoryDialogueArgs) args: FinancialRegulatoryDialogueArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return dialogueConnection(await loaders.dialoguesByRegion.load(region.id), args);
  }

  @FieldResolver(() => FinancialOutlookConnection, {
    nullable: true,
    description: "What the article expects financial cooperation to bring the region, in article order.",
  })
  async financialOutlooks(
    @Root() region: Region,
    @Args(() => FinancialOutlookArgs) args: FinancialOutlookArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    const keep = regionMatches(regionFilterArgument(args.filter));
    return connectionOf(await loaders.outlooksByRegion.load(region.id), args, keep);
  }
}
