/** The diplomacy subgraph's curated data: record schemas, loading and cross-record validation. */
import { z } from "zod";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { ARTICLE_ID } from "../kit/article.js";
import { isCountryCode } from "../kit/countryCode.js";
import { ReferenceCheck, readRecords } from "../kit/dataFile.js";
import { evidenceListSchema, wordedAsEvidence } from "../kit/evidence.js";
import {
  CooperationField,
  EngagementKind,
  EngagementOccasion,
  FrameworkKind,
  MajorProjectArea,
  Office,
  PolicyDocumentKind,
} from "./entities/enums.js";

export const DIPLOMACY_DATA_DIR = fromProjectRoot("subgraphs", "diplomacy", "data");

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case kebab-case id");
const countryCode = z.string().refine(isCountryCode, "must be an ISO 3166-1 alpha-2 code (two capital letters)");
const text = z.string().trim().min(1);

const articleRecord = z
  .object({
    id: z.literal(ARTICLE_ID),
    title: text.nullable(),
    publisher: text,
    url: text,
    publishedOn: z.iso.date().nullable(),
    evidence: evidenceListSchema,
  })
  .strict();

const regionRecord = z.object({ id, name: text, organization: text.nullable(), evidence: evidenceListSchema }).strict();

const countryRecord = z
  .object({ code: countryCode, name: text, regionId: id.nullable(), evidence: evidenceListSchema })
  .strict();

const headOfStateRecord = z
  .object({ id, name: text, office: z.enum(Office), countryCode, evidence: evidenceListSchema })
  .strict()
  .superRefine(wordedAsEvidence(["name"]));

const engagementRecord = z
  .object({
    id,
    kind: z.enum(EngagementKind),
    occasion: z.enum(EngagementOccasion).nullable(),
    hostCountryCode: countryCode.nullable(),
    timeReference: text.nullable(),
    participantIds: z.array(id).min(2),
    theme: text.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["theme", "timeReference"]));

const frameworkRecord = z
  .object({
    id,
    kind: z.enum(FrameworkKind),
    name: text,
    parentId: id.nullable(),
    partnerCountryCount: z.number().int().positive().nullable(),
    cooperationFields: z.array(z.enum(CooperationField)),
    coverage: text.nullable(),
    ordinal: z.number().int().positive().nullable(),
    timeReference: text.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["coverage", "timeReference"]));

const majorProjectRecord = z
  .object({
    id,
    area: z.enum(MajorProjectArea),
    name: text,
    announcedAtId: id.nullable(),
    evidence: evidenceListSchema,
  })
  .strict();

const policyDocumentRecord = z
  .object({
    id,
    kind: z.enum(PolicyDocumentKind),
    title: text,
    issuerCountryCode: countryCode.nullable(),
    adoptedById: id.nullable(),
    edition: z.number().int().positive().nullable(),
    periodStart: z.number().int().min(1900).max(2100).nullable(),
    periodEnd: z.number().int().min(1900).max(2100).nullable(),
    timeReference: text.nullable(),
    purpose: text.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["title", "timeReference", "purpose"]));

type WithDataFile<T> = T & { dataFile: string };

export type ArticleRecord = WithDataFile<z.infer<typeof articleRecord>>;
export type RegionRecord = WithDataFile<z.infer<typeof regionRecord>>;
export type CountryRecord = WithDataFile<z.infer<typeof countryRecord>>;
export type HeadOfStateRecord = WithDataFile<z.infer<typeof headOfStateRecord>>;
export type EngagementRecord = WithDataFile<z.infer<typeof engagementRecord>>;
export type FrameworkRecord = WithDataFile<z.infer<typeof frameworkRecord>>;
export type MajorProjectRecord = WithDataFile<z.infer<typeof majorProjectRecord>>;
export type PolicyDocumentRecord = WithDataFile<z.infer<typeof policyDocumentRecord>>;

export interface DiplomacyData {
  articles: ArticleRecord[];
  regions: RegionRecord[];
  countries: CountryRecord[];
  headsOfState: HeadOfStateRecord[];
  engagements: EngagementRecord[];
  frameworks: FrameworkRecord[];
  majorProjects: MajorProjectRecord[];
  policyDocuments: PolicyDocumentRecord[];
}

function read<T>(dataDir: string, file: string, schema: z.ZodType<T>): WithDataFile<T>[] {
  return readRecords(dataDir, file, schema).map((record) => ({ ...record, dataFile: file }));
}

export function loadDiplomacyData(dataDir = DIPLOMACY_DATA_DIR): DiplomacyData {
  const data: DiplomacyData = {
    articles: read(dataDir, "article.yaml", articleRecord),
    regions: read(dataDir, "regions.yaml", regionRecord),
    countries: read(dataDir, "countries.yaml", countryRecord),
    headsOfState: read(dataDir, "heads-of-state.yaml", headOfStateRecord),
    engagements: read(dataDir, "engagements.yaml", engagementRecord),
    frameworks: read(dataDir, "frameworks.yaml", frameworkRecord),
    majorProjects: read(dataDir, "major-projects.yaml", majorProjectRecord),
    policyDocuments: read(dataDir, "policy-documents.yaml", policyDocumentRecord),
  };

  const check = new ReferenceCheck();
  const byId = (record: { id: string }) => record.id;
  const byCode = (record: { code: string }) => record.code;
  const regions = check.unique("regions.yaml", data.regions, byId);
  const countries = check.unique("countries.yaml", data.countries, byCode);
  const leaders = check.unique("heads-of-state.yaml", data.headsOfState, byId);
  check.unique("engagements.yaml", data.engagements, byId);
  const frameworks = check.unique("frameworks.yaml", data.frameworks, byId);
  check.unique("major-projects.yaml", data.majorProjects, byId);
  check.unique("policy-documents.yaml", data.policyDocuments, byId);

  check.known("countries.yaml", data.countries, byCode, "regionId", (c) => c.regionId, regions);
  check.known("heads-of-state.yaml", data.headsOfState, byId, "countryCode", (h) => h.countryCode, countries);
  check.known("engagements.yaml", data.engagements, byId, "participantIds", (e) => e.participantIds, leaders);
  check.known("engagements.yaml", data.engagements, byId, "hostCountryCode", (e) => e.hostCountryCode, countries);
  check.known("frameworks.yaml", data.frameworks, byId, "parentId", (f) => f.parentId, frameworks);
  check.known("major-projects.yaml", data.majorProjects, byId, "announcedAtId", (m) => m.announcedAtId, frameworks);
  check.known(
    "policy-documents.yaml",
    data.policyDocuments,
    byId,
    "issuerCountryCode",
    (p) => p.issuerCountryCode,
    countries,
  );
  check.known("policy-documents.yaml", data.policyDocuments, byId, "adoptedById", (p) => p.adoptedById, frameworks);
  check.throwIfAny();
  return data;
}
