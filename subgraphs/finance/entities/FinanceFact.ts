import { createUnionType } from "type-graphql";
import { FinancialMechanism } from "./FinancialMechanism.js";
import { FinancialRegulatoryDialogue } from "./FinancialRegulatoryDialogue.js";
import { FinancialRisk } from "./FinancialRisk.js";
import { FinancialStabilityGap } from "./FinancialStabilityGap.js";

export const FinanceFact = createUnionType({
  name: "FinanceFact",
  description: "A fact about finance: a financial-stability gap, risk, mechanism or regulatory dialogue.",
  types: () => [FinancialStabilityGap, FinancialRisk, FinancialMechanism, FinancialRegulatoryDialogue] as const,
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

// The union backs only the deprecated `financeFacts` and keeps the members it had; FinancialOutlook, added since, is
// served by `Article.facts`.
export const FINANCE_FACT_UNION_MEMBERS: ReadonlySet<string> = new Set([
  "FinancialStabilityGap",
  "FinancialRisk",
  "FinancialMechanism",
  "FinancialRegulatoryDialogue",
]);

/** The `type` each fact is indexed under in the paragraph index, by data-set key: one member of the union each. */
export const FINANCE_FACT_TYPES = {
  gaps: "FinancialStabilityGap",
  risks: "FinancialRisk",
  mechanisms: "FinancialMechanism",
  dialogues: "FinancialRegulatoryDialogue",
  outlooks: "FinancialOutlook",
} as const;
