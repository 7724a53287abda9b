/** The infrastructure subgraph's curated data: record schemas, loading and cross-record validation. */
import { z } from "zod";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { isCountryCode } from "../kit/countryCode.js";
import { ReferenceCheck, readRecords } from "../kit/dataFile.js";
import { SHARED_REGION_IDS } from "../kit/diplomacyKeys.js";
import { evidenceListSchema, oneWordingPerValue, wordedAsEvidence } from "../kit/evidence.js";
import {
  COUNTRY_NAMES_FILE,
  REGION_NAMES_FILE,
  type ReferenceNames,
  readReferenceNames,
} from "../kit/referenceNames.js";
import {
  InfrastructureGapEffect,
  InfrastructureOutcomeKind,
  InfrastructureProjectStatus,
  InfrastructureSector,
  PriorityAreaKind,
  PublicGoodsRelationKind,
  PublicServiceCrisisEffect,
  PublicServiceCrisisTrigger,
} from "./entities/enums.js";

export const INFRASTRUCTURE_DATA_DIR = fromProjectRoot("subgraphs", "infrastructure", "data");

/** Region keys diplomacy resolves; this subgraph holds no region records, only references to them. */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case kebab-case id");
const countryCode = z.string().refine(isCountryCode, "must be an ISO 3166-1 alpha-2 code (two capital letters)");
const text = z.string().trim().min(1);

const initiativeRecord = z
  .object({
    id,
    name: text,
    cooperationMode: text.nullable(),
    contribution: text.nullable(),
    regionId: id.nullable(),
    addressesGapIds: z.array(id),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["name", "cooperationMode", "contribution"]));

const infrastructureProjectRecord = z
  .object({
    id,
    name: text,
    sector: z.enum(InfrastructureSector),
    voltageKv: z.number().int().positive().nullable(),
    status: z.enum(InfrastructureProjectStatus),
    statusWording: text,
    completionTimeReference: text.nullable(),
    initiativeId: id.nullable(),
    partnerCountryCodes: z.array(countryCode).min(1),
    hostCountryCode: countryCode.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["name", "statusWording", "completionTimeReference"]));

const projectOutcomeRecord = z
  .object({
    id,
    projectId: id,
    kind: z.enum(InfrastructureOutcomeKind),
    kindWording: text,
    description: text,
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["kindWording", "description"]));

const infrastructureGapRecord = z
  .object({
    id,
    description: text,
    regionId: id.nullable(),
    effects: z.array(z.enum(InfrastructureGapEffect)).min(1),
    effectsWording: z.array(text),
    timeReference: text.nullable(),
    crisesExhaustive: z.boolean(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["description", "effectsWording", "timeReference"]))
  .superRefine(oneWordingPerValue("effects", "effectsWording"));

const publicServiceCrisisRecord = z
  .object({
    id,
    countryCodes: z.array(countryCode).min(1),
    countriesExhaustive: z.boolean(),
    gapId: id.nullable(),
    trigger: z.enum(PublicServiceCrisisTrigger),
    effects: z.array(z.enum(PublicServiceCrisisEffect)).min(1),
    effectsWording: z.array(text),
    recurrence: text.nullable(),
    timeReference: text.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["effectsWording", "recurrence", "timeReference"]))
  .superRefine(oneWordingPerValue("effects", "effectsWording"));

const priorityAreaRecord = z
  .object({ id, kind: z.enum(PriorityAreaKind), name: text, regionId: id, evidence: evidenceListSchema })
  .strict()
  .superRefine(wordedAsEvidence(["name"]));

const publicGoodsRelationRecord = z
  .object({
    id,
    subject: text,
    relation: z.enum(PublicGoodsRelationKind),
    relationWording: text,
    object: text,
    timeReference: text.nullable(),
    regionId: id.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["subject", "relationWording", "object", "timeReference"]));

type WithDataFile<T> = T & { dataFile: string };

export type InitiativeRecord = WithDataFile<z.infer<typeof initiativeRecord>>;
export type InfrastructureProjectRecord = WithDataFile<z.infer<typeof infrastructureProjectRecord>>;
export type ProjectOutcomeRecord = WithDataFile<z.infer<typeof projectOutcomeRecord>>;
export type InfrastructureGapRecord = WithDataFile<z.infer<typeof infrastructureGapRecord>>;
export type PublicServiceCrisisRecord = WithDataFile<z.infer<typeof publicServiceCrisisRecord>>;
export type PriorityAreaRecord = WithDataFile<z.infer<typeof priorityAreaRecord>>;
export type PublicGoodsRelationRecord = WithDataFile<z.infer<typeof publicGoodsRelationRecord>>;

export interface InfrastructureData {
  initiatives: InitiativeRecord[];
  projects: InfrastructureProjectRecord[];
  projectOutcomes: ProjectOutcomeRecord[];
  gaps: InfrastructureGapRecord[];
  publicServiceCrises: PublicServiceCrisisRecord[];
  priorityAreas: PriorityAreaRecord[];
  publicGoodsRelations: PublicGoodsRelationRecord[];
  /** Names of the countries and regions the records reference (diplomacy owns them). */
  names: ReferenceNames;
}

function read<T>(dataDir: string, file: string, schema: z.ZodType<T>): WithDataFile<T>[] {
  return readRecords(dataDir, file, schema).map((record) => ({ ...record, dataFile: file }));
}

export function loadInfrastructureData(dataDir = INFRASTRUCTURE_DATA_DIR): InfrastructureData {
  const data: InfrastructureData = {
    initiatives: read(dataDir, "initiatives.yaml", initiativeRecord),
    projects: read(dataDir, "infrastructure-projects.yaml", infrastructureProjectRecord),
    projectOutcomes: read(dataDir, "project-outcomes.yaml", projectOutcomeRecord),
    gaps: read(dataDir, "infrastructure-gaps.yaml", infrastructureGapRecord),
    publicServiceCrises: read(dataDir, "public-service-crises.yaml", publicServiceCrisisRecord),
    priorityAreas: read(dataDir, "priority-areas.yaml", priorityAreaRecord),
    publicGoodsRelations: read(dataDir, "public-goods-relations.yaml", publicGoodsRelationRecord),
    names: readReferenceNames(dataDir),
  };

  const check = new ReferenceCheck();
  const byId = (record: { id: string }) => record.id;
  const initiatives = check.unique("initiatives.yaml", data.initiatives, byId);
  const projects = check.unique("infrastructure-projects.yaml", data.projects, byId);
  check.unique("project-outcomes.yaml", data.projectOutcomes, byId);
  const gaps = check.unique("infrastructure-gaps.yaml", data.gaps, byId);
  check.unique("public-service-crises.yaml", data.publicServiceCrises, byId);
  check.unique("priority-areas.yaml", data.priorityAreas, byId);
  check.unique("public-goods-relations.yaml", data.publicGoodsRelations, byId);

  check.known("initiatives.yaml", data.initiatives, byId, "regionId", (i) => i.regionId, SHARED_REGION_IDS);
  check.known("initiatives.yaml", data.initiatives, byId, "addressesGapIds", (i) => i.addressesGapIds, gaps);
  check.known("infrastructure-projects.yaml", data.projects, byId, "initiativeId", (p) => p.initiativeId, initiatives);
  check.known("project-outcomes.yaml", data.projectOutcomes, byId, "projectId", (o) => o.projectId, projects);
  check.known("infrastructure-gaps.yaml", data.gaps, byId, "regionId", (g) => g.regionId, SHARED_REGION_IDS);
  check.known("public-service-crises.yaml", data.publicServiceCrises, byId, "gapId", (c) => c.gapId, gaps);
  check.known("priority-areas.yaml", data.priorityAreas, byId, "regionId", (a) => a.regionId, SHARED_REGION_IDS);
  const relations = "public-goods-relations.yaml";
  check.known(relations, data.publicGoodsRelations, byId, "regionId", (r) => r.regionId, SHARED_REGION_IDS);
  // Every country and region referenced has its name here, so this subgraph can serve it.
  const countryNames = check.unique(COUNTRY_NAMES_FILE, data.names.countries, (c) => c.code);
  const regionNames = check.unique(REGION_NAMES_FILE, data.names.regions, byId);
  check.known(REGION_NAMES_FILE, data.names.regions, byId, "id", (r) => r.id, SHARED_REGION_IDS);
  const projectsFile = "infrastructure-projects.yaml";
  check.known(projectsFile, data.projects, byId, "partnerCountryCodes", (p) => p.partnerCountryCodes, countryNames);
  check.known(projectsFile, data.projects, byId, "hostCountryCode", (p) => p.hostCountryCode, countryNames);
  const crises = "public-service-crises.yaml";
  check.known(crises, data.publicServiceCrises, byId, "countryCodes", (c) => c.countryCodes, countryNames);
  check.known("initiatives.yaml", data.initiatives, byId, "regionId", (i) => i.regionId, regionNames);
  check.throwIfAny();
  return data;
}
