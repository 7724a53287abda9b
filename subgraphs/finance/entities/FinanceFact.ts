import { createUnionType } from "type-graphql";
import { FinancialMechanism } from "./FinancialMechanism.js";
import { FinancialRegulatoryDialogue } from "./FinancialRegulatoryDialogue.js";
import { FinancialRisk } from "./FinancialRisk.js";
import { FinancialStabilityGap } from "./FinancialStabilityGap.js";

export const FinanceFact = createUnionType({
  name: "FinanceFact",
  description: "Any fact the finance subgraph owns.",
  types: () => [FinancialStabilityGap, FinancialRisk, FinancialMechanism, FinancialRegulatoryDialogue] as const,
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});
