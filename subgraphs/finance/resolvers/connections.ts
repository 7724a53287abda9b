/** Connection (page) types of the finance lists. */
import { connectionType } from "../../kit/connection.js";
import { FinancialMechanism } from "../entities/FinancialMechanism.js";
import { FinancialOutlook } from "../entities/FinancialOutlook.js";
import { FinancialRegulatoryDialogue } from "../entities/FinancialRegulatoryDialogue.js";
import { FinancialRisk } from "../entities/FinancialRisk.js";
import { FinancialStabilityGap } from "../entities/FinancialStabilityGap.js";

export const FinancialStabilityGapConnection = connectionType(FinancialStabilityGap, "FinancialStabilityGap");
export const FinancialRiskConnection = connectionType(FinancialRisk, "FinancialRisk");
export const FinancialMechanismConnection = connectionType(FinancialMechanism, "FinancialMechanism");
export const FinancialRegulatoryDialogueConnection = connectionType(
  FinancialRegulatoryDialogue,
  "FinancialRegulatoryDialogue",
);
export const FinancialOutlookConnection = connectionType(FinancialOutlook, "FinancialOutlook");
