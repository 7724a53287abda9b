/** The finance subgraph's curated data: record schemas, loading and cross-record validation. */
import { z } from "zod";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { ReferenceCheck, readRecords } from "../kit/dataFile.js";
import { SHARED_POLICY_DOCUMENT_IDS, SHARED_REGION_IDS } from "../kit/diplomacyKeys.js";
import { evidenceListSchema, wordedAsEvidence } from "../kit/evidence.js";
import { REGION_NAMES_FILE, type ReferenceNames, readReferenceNames } from "../kit/referenceNames.js";
import {
  FinancialAuthorityKind,
  FinancialCooperationOutcome,
  FinancialMechanismKind,
  FinancialMechanismStatus,
  FinancialRiskKind,
  FinancialStabilityDimension,
} from "./entities/enums.js";

export const FINANCE_DATA_DIR = fromProjectRoot("subgraphs", "finance", "data");

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case kebab-case id");
const text = z.string().trim().min(1);

const financialStabilityGapRecord = z
  .object({
    id,
    description: text,
    regionId: id,
    threatens: z.array(z.enum(FinancialStabilityDimension)).min(1),
    timeReference: text.nullable(),
    risksExhaustive: z.boolean(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["description", "timeReference"]));

const financialRiskRecord = z
  .object({
    id,
    kind: z.enum(FinancialRiskKind),
    kindWording: text,
    name: text,
    regionId: id,
    gapId: id.nullable(),
    timeReference: text.nullable(),
    impacts: z.array(z.enum(FinancialStabilityDimension)),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["kindWording", "name", "timeReference"]));

const financialMechanismRecord = z
  .object({
    id,
    kind: z.enum(FinancialMechanismKind),
    status: z.enum(FinancialMechanismStatus),
    name: text,
    namedAsExample: z.boolean(),
    regionId: id,
    timeReference: text.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["name", "timeReference"]));

const financialOutlookRecord = z
  .object({
    id,
    subject: text,
    sector: text.nullable(),
    regionId: id,
    expectedOutcomes: z.array(z.enum(FinancialCooperationOutcome)).min(1),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["subject", "sector"]));

const financialRegulatoryDialogueRecord = z
  .object({
    id,
    name: text,
    participants: z.array(z.enum(FinancialAuthorityKind)).min(1),
    regionId: id,
    emphasizedById: id.nullable(),
    leveragedMechanismIds: z.array(id),
    exploredMechanismIds: z.array(id),
    exploredMechanismsExhaustive: z.boolean(),
    addressesGapIds: z.array(id),
    expectedOutcomes: z.array(z.enum(FinancialCooperationOutcome)),
    purpose: text.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["name", "purpose"]));

type WithDataFile<T> = T & { dataFile: string };

export type FinancialStabilityGapRecord = WithDataFile<z.infer<typeof financialStabilityGapRecord>>;
export type FinancialRiskRecord = WithDataFile<z.infer<typeof financialRiskRecord>>;
export type FinancialMechanismRecord = WithDataFile<z.infer<typeof financialMechanismRecord>>;
export type FinancialRegulatoryDialogueRecord = WithDataFile<z.infer<typeof financialRegulatoryDialogueRecord>>;
export type FinancialOutlookRecord = WithDataFile<z.infer<typeof financialOutlookRecord>>;

export interface FinanceData {
  gaps: FinancialStabilityGapRecord[];
  risks: FinancialRiskRecord[];
  mechanisms: FinancialMechanismRecord[];
  dialogues: FinancialRegulatoryDialogueRecord[];
  outlooks: FinancialOutlookRecord[];
  /** Names of the regions the records reference (diplomacy owns them). */
  names: ReferenceNames;
}

function read<T>(dataDir: string, file: string, schema: z.ZodType<T>): WithDataFile<T>[] {
  return readRecords(dataDir, file, schema).map((record) => ({ ...record, dataFile: file }));
}

export function loadFinanceData(dataDir = FINANCE_DATA_DIR): FinanceData {
  const data: FinanceData = {
    gaps: read(dataDir, "financial-stability-gaps.yaml", financialStabilityGapRecord),
    risks: read(dataDir, "financial-risks.yaml", financialRiskRecord),
    mechanisms: read(dataDir, "financial-mechanisms.yaml", financialMechanismRecord),
    dialogues: read(dataDir, "financial-regulatory-dialogues.yaml", financialRegulatoryDialogueRecord),
    outlooks: read(dataDir, "financial-outlooks.yaml", financialOutlookRecord),
    names: readReferenceNames(dataDir, { countries: false }),
  };

  const check = new ReferenceCheck();
  const byId = (record: { id: string }) => record.id;
  const gaps = check.unique("financial-stability-gaps.yaml", data.gaps, byId);
  check.unique("financial-risks.yaml", data.risks, byId);
  const mechanisms = check.unique("financial-mechanisms.yaml", data.mechanisms, byId);
  check.unique("financial-regulatory-dialogues.yaml", data.dialogues, byId);
  check.unique("financial-outlooks.yaml", data.outlooks, byId);

  const regionOf = (record: { regionId: string }) => record.regionId;
  check.known("financial-stability-gaps.yaml", data.gaps, byId, "regionId", regionOf, SHARED_REGION_IDS);
  check.known("financial-risks.yaml", data.risks, byId, "regionId", regionOf, SHARED_REGION_IDS);
  check.known("financial-risks.yaml", data.risks, byId, "gapId", (r) => r.gapId, gaps);
  check.known("financial-mechanisms.yaml", data.mechanisms, byId, "regionId", regionOf, SHARED_REGION_IDS);
  const dialogues = "financial-regulatory-dialogues.yaml";
  check.known(dialogues, data.dialogues, byId, "regionId", regionOf, SHARED_REGION_IDS);
  check.known(dialogues, data.dialogues, byId, "emphasizedById", (d) => d.emphasizedById, SHARED_POLICY_DOCUMENT_IDS);
  check.known(dialogues, data.dialogues, byId, "leveragedMechanismIds", (d) => d.leveragedMechanismIds, mechanisms);
  check.known(dialogues, data.dialogues, byId, "exploredMechanismIds", (d) => d.exploredMechanismIds, mechanisms);
  check.known(dialogues, data.dialogues, byId, "addressesGapIds", (d) => d.addressesGapIds, gaps);
  check.known("financial-outlooks.yaml", data.outlooks, byId, "regionId", regionOf, SHARED_REGION_IDS);
  // Every region referenced has its name here, so this subgraph can serve it.
  const regionNames = check.unique(REGION_NAMES_FILE, data.names.regions, byId);
  check.known(REGION_NAMES_FILE, data.names.regions, byId, "id", (r) => r.id, SHARED_REGION_IDS);
  check.known("financial-outlooks.yaml", data.outlooks, byId, "regionId", regionOf, regionNames);
  check.known("financial-risks.yaml", data.risks, byId, "regionId", regionOf, regionNames);
  check.throwIfAny();
  return data;
}
