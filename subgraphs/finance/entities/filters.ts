/**
 * Filters shared by every list of a type, root and nested alike: `Query.financialMechanisms(filter:)`,
 * `Region.financialMechanisms(filter:)` and `PolicyDocument.financialMechanisms(filter:)` take the same input and
 * mean the same thing (in SQL for root pages, in memory for nested lists loaded whole).
 */
import { Field, ID, InputType } from "type-graphql";
import { idArgument } from "../../kit/lookup.js";
import type {
  FinancialMechanismRecord,
  FinancialOutlookRecord,
  FinancialRegulatoryDialogueRecord,
  FinancialRiskRecord,
  FinancialStabilityGapRecord,
} from "../dataSet.js";
import {
  FinancialAuthorityKind,
  FinancialMechanismKind,
  FinancialMechanismStatus,
  FinancialRiskKind,
} from "./enums.js";

@InputType({ description: "Which financial mechanisms to return; every condition given must hold." })
export class FinancialMechanismFilter {
  @Field(() => FinancialMechanismKind, { nullable: true, description: "Only mechanisms of this kind." })
  kind?: FinancialMechanismKind | null;

  @Field(() => FinancialMechanismStatus, {
    nullable: true,
    description: "Only existing mechanisms, or only new forms to explore.",
  })
  status?: FinancialMechanismStatus | null;

  @Field(() => ID, { nullable: true, description: "Only mechanisms for this region (its `id`)." })
  regionId?: string | null;
}

@InputType({ description: "Which financial risks to return; every condition given must hold." })
export class FinancialRiskFilter {
  @Field(() => FinancialRiskKind, { nullable: true, description: "Only risks of this kind." })
  kind?: FinancialRiskKind | null;

  @Field(() => ID, { nullable: true, description: "Only risks of this region (its `id`)." })
  regionId?: string | null;
}

@InputType({
  description: "Which central-bank and financial-regulator dialogues to return; every condition given must hold.",
})
export class FinancialRegulatoryDialogueFilter {
  @Field(() => FinancialAuthorityKind, { nullable: true, description: "Only dialogues this kind of authority joins." })
  participant?: FinancialAuthorityKind | null;

  @Field(() => ID, { nullable: true, description: "Only dialogues this policy document emphasizes (its `id`)." })
  policyDocumentId?: string | null;
}

@InputType({ description: "Which financial outlooks to return; every condition given must hold." })
export class FinancialOutlookFilter {
  @Field(() => ID, { nullable: true, description: "Only outlooks for this region (its `id`)." })
  regionId?: string | null;
}

@InputType({ description: "Which financial-stability gaps to return; every condition given must hold." })
export class FinancialStabilityGapFilter {
  @Field(() => ID, { nullable: true, description: "Only gaps of this region (its `id`)." })
  regionId?: string | null;
}

/** The mechanism filter with its region id checked (an id of another type is the caller's error). */
export function mechanismFilterArgument(filter: FinancialMechanismFilter | null | undefined) {
  return {
    kind: filter?.kind ?? null,
    status: filter?.status ?? null,
    regionId: idArgument("Region", filter?.regionId, "filter.regionId"),
  };
}

export function riskFilterArgument(filter: FinancialRiskFilter | null | undefined) {
  return { kind: filter?.kind ?? null, regionId: idArgument("Region", filter?.regionId, "filter.regionId") };
}

export type CheckedMechanismFilter = ReturnType<typeof mechanismFilterArgument>;
export type CheckedRiskFilter = ReturnType<typeof riskFilterArgument>;

export function mechanismMatches({ kind, status, regionId }: CheckedMechanismFilter) {
  return (mechanism: FinancialMechanismRecord) =>
    (!kind || mechanism.kind === kind) &&
    (!status || mechanism.status === status) &&
    (!regionId || mechanism.regionId === regionId);
}

export function riskMatches({ kind, regionId }: CheckedRiskFilter) {
  return (risk: FinancialRiskRecord) => (!kind || risk.kind === kind) && (!regionId || risk.regionId === regionId);
}

export function dialogueFilterArgument(filter: FinancialRegulatoryDialogueFilter | null | undefined) {
  return {
    participant: filter?.participant ?? null,
    policyDocumentId: idArgument("PolicyDocument", filter?.policyDocumentId, "filter.policyDocumentId"),
  };
}

/** The filter of outlooks and of gaps: a region. */
export function regionFilterArgument(filter: { regionId?: string | null } | null | undefined) {
  return { regionId: idArgument("Region", filter?.regionId, "filter.regionId") };
}

export type CheckedDialogueFilter = ReturnType<typeof dialogueFilterArgument>;
export type CheckedRegionFilter = ReturnType<typeof regionFilterArgument>;

export function dialogueMatches({ participant, policyDocumentId }: CheckedDialogueFilter) {
  return (dialogue: FinancialRegulatoryDialogueRecord) =>
    (!participant || dialogue.participants.includes(participant)) &&
    (!policyDocumentId || dialogue.emphasizedById === policyDocumentId);
}

export function regionMatches({ regionId }: CheckedRegionFilter) {
  return (record: FinancialOutlookRecord | FinancialStabilityGapRecord) => !regionId || record.regionId === regionId;
}
