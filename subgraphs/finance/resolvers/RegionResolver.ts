import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { REGION_NAME_DESCRIPTION, referenceName } from "../../kit/referenceNames.js";
import { FinancialMechanismKind, FinancialMechanismStatus, FinancialRiskKind } from "../entities/enums.js";
import { FinancialMechanism } from "../entities/FinancialMechanism.js";
import { FinancialOutlook } from "../entities/FinancialOutlook.js";
import { FinancialRegulatoryDialogue } from "../entities/FinancialRegulatoryDialogue.js";
import { FinancialRisk } from "../entities/FinancialRisk.js";
import { FinancialStabilityGap } from "../entities/FinancialStabilityGap.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";

@Resolver(() => Region)
export class RegionResolver {
  // Served here too (@shareable) from this subgraph's copy of the name, so a region's name costs no extra fetch.
  @FieldResolver(() => String, { description: REGION_NAME_DESCRIPTION })
  @Directive("@shareable")
  name(@Root() region: Region, @Ctx() { loaders }: FinanceContext) {
    return referenceName(loaders.regionNamesById, "Region", region.id);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [FinancialStabilityGap], {
    nullable: true,
    description: "Shortfalls in the region's supply of financial-stability public goods.",
  })
  financialStabilityGaps(@Root() region: Region, @Ctx() { loaders }: FinanceContext) {
    return loaders.gapsByRegion.load(region.id);
  }

  @Directive("@listSize(assumedSize: 5)")
  @FieldResolver(() => [FinancialRisk], {
    nullable: true,
    description: "Financial risks the region faces, in article order.",
  })
  async financialRisks(
    @Root() region: Region,
    @Arg("kind", () => FinancialRiskKind, { nullable: true, description: "Only risks of this kind." })
    kind: FinancialRiskKind | null,
    @Ctx() { loaders }: FinanceContext,
  ) {
    const risks = await loaders.risksByRegion.load(region.id);
    return risks.filter((risk) => kind == null || risk.kind === kind);
  }

  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [FinancialMechanism], {
    nullable: true,
    description: "China-Latin America financial cooperation mechanisms for the region, existing and to explore.",
  })
  async financialMechanisms(
    @Root() region: Region,
    @Arg("kind", () => FinancialMechanismKind, { nullable: true, description: "Only mechanisms of this kind." })
    kind: FinancialMechanismKind | null,
    @Arg("status", () => FinancialMechanismStatus, {
      nullable: true,
      description: "Only existing mechanisms, or only forms to explore.",
    })
    status: FinancialMechanismStatus | null,
    @Ctx() { loaders }: FinanceContext,
  ) {
    const mechanisms = await loaders.mechanismsByRegion.load(region.id);
    return mechanisms.filter(
      (mechanism) => (kind == null || mechanism.kind === kind) && (status == null || mechanism.status === status),
    );
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [FinancialRegulatoryDialogue], {
    nullable: true,
    description: "Central-bank and financial-regulator dialogues between China and the region.",
  })
  financialRegulatoryDialogues(@Root() region: Region, @Ctx() { loaders }: FinanceContext) {
    return loaders.dialoguesByRegion.load(region.id);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [FinancialOutlook], {
    nullable: true,
    description: "What the article expects financial cooperation to bring the region, in article order.",
  })
  financialOutlooks(@Root() region: Region, @Ctx() { loaders }: FinanceContext) {
    return loaders.outlooksByRegion.load(region.id);
  }
}
