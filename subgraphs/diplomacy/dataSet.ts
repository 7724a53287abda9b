/** The diplomacy subgraph's curated data: record schemas, loading and cross-record validation. */
import { z } from "zod";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { ARTICLE_ID } from "../kit/article.js";
import { isCountryCode } from "../kit/countryCode.js";
import { ReferenceCheck, readRecords } from "../kit/dataFile.js";
import { evidenceListSchema, wordedAsEvidence } from "../kit/evidence.js";
import { SHARED_PRIORITY_AREA_IDS } from "../kit/infrastructureKeys.js";
import {
  AssessmentStance,
  CausalRelation,
  CooperationField,
  EngagementKind,
  EngagementOccasion,
  FrameworkKind,
  MajorProjectArea,
  OfficeKind,
  PolicyDocumentKind,
  StatedPositionKind,
  TrendDirection,
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
    publisherUrl: z.url({ protocol: /^https?$/ }),
    publishedOn: z.iso.date().nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .refine((article) => article.evidence.some(({ quote }) => quote.includes(new URL(article.publisherUrl).host)), {
    path: ["publisherUrl"],
    message: "the publisher's host must be printed in an evidence quote",
  });

const regionRecord = z.object({ id, name: text, organization: text.nullable(), evidence: evidenceListSchema }).strict();

const countryRecord = z
  .object({ code: countryCode, name: text, regionId: id.nullable(), evidence: evidenceListSchema })
  .strict();

const headOfStateRecord = z
  .object({ id, name: text, office: z.enum(OfficeKind), countryCode, evidence: evidenceListSchema })
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
    announcedByCountryCode: countryCode.nullable(),
    promotedByCountryCodes: z.array(countryCode),
    promotedByRegionIds: z.array(id),
    promotionTimeReference: text.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["name", "promotionTimeReference"]));

const policyDocumentRecord = z
  .object({
    id,
    kind: z.enum(PolicyDocumentKind),
    title: text.nullable(),
    name: text,
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
  .superRefine(wordedAsEvidence(["title", "name", "timeReference", "purpose"]));

const trendRecord = z
  .object({
    id,
    subject: text,
    change: text,
    direction: z.enum(TrendDirection),
    directionWording: text,
    timeReference: text.nullable(),
    frameworkIds: z.array(id),
    sinceFrameworkIds: z.array(id),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["subject", "change", "directionWording", "timeReference"]));

const causalLinkRecord = z
  .object({
    id,
    cause: text,
    relation: z.enum(CausalRelation),
    relationWording: text,
    effect: text,
    qualifier: text.nullable(),
    timeReference: text.nullable(),
    majorProjectIds: z.array(id),
    frameworkIds: z.array(id),
    priorityAreaIds: z.array(id),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["cause", "relationWording", "effect", "qualifier", "timeReference"]));

const statedPositionRecord = z
  .object({
    id,
    kind: z.enum(StatedPositionKind),
    kindWording: text,
    statedByCountryCode: countryCode,
    withRegionId: id.nullable(),
    occasionPolicyDocumentId: id.nullable(),
    occasion: text.nullable(),
    aims: z.array(text),
    frameworkIds: z.array(id),
    timeReference: text.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["kindWording", "occasion", "aims", "timeReference"]));

const assessmentRecord = z
  .object({
    id,
    holder: text,
    holderRegionId: id.nullable(),
    holderQualifier: text.nullable(),
    stance: z.enum(AssessmentStance),
    stanceWording: text,
    about: text,
    aboutCountryCode: countryCode.nullable(),
    timeReference: text.nullable(),
    evidence: evidenceListSchema,
  })
  .strict()
  .superRefine(wordedAsEvidence(["holder", "holderQualifier", "stanceWording", "about", "timeReference"]));

type WithDataFile<T> = T & { dataFile: string };

export type ArticleRecord = WithDataFile<z.infer<typeof articleRecord>>;
export type RegionRecord = WithDataFile<z.infer<typeof regionRecord>>;
export type CountryRecord = WithDataFile<z.infer<typeof countryRecord>>;
export type HeadOfStateRecord = WithDataFile<z.infer<typeof headOfStateRecord>>;
export type EngagementRecord = WithDataFile<z.infer<typeof engagementRecord>>;
export type FrameworkRecord = WithDataFile<z.infer<typeof frameworkRecord>>;
export type MajorProjectRecord = WithDataFile<z.infer<typeof majorProjectRecord>>;
export type PolicyDocumentRecord = WithDataFile<z.infer<typeof policyDocumentRecord>>;
export type TrendRecord = WithDataFile<z.infer<typeof trendRecord>>;
export type CausalLinkRecord = WithDataFile<z.infer<typeof causalLinkRecord>>;
export type StatedPositionRecord = WithDataFile<z.infer<typeof statedPositionRecord>>;
export type AssessmentRecord = WithDataFile<z.infer<typeof assessmentRecord>>;

export interface DiplomacyData {
  articles: ArticleRecord[];
  regions: RegionRecord[];
  countries: CountryRecord[];
  headsOfState: HeadOfStateRecord[];
  engagements: EngagementRecord[];
  frameworks: FrameworkRecord[];
  majorProjects: MajorProjectRecord[];
  policyDocuments: PolicyDocumentRecord[];
  trends: TrendRecord[];
  causalLinks: CausalLinkRecord[];
  statedPositions: StatedPositionRecord[];
  assessments: AssessmentRecord[];
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
    trends: read(dataDir, "trends.yaml", trendRecord),
    causalLinks: read(dataDir, "causal-links.yaml", causalLinkRecord),
    statedPositions: read(dataDir, "stated-positions.yaml", statedPositionRecord),
    assessments: read(dataDir, "assessments.yaml", assessmentRecord),
  };

  const check = new ReferenceCheck();
  const byId = (record: { id: string }) => record.id;
  const byCode = (record: { code: string }) => record.code;
  const regions = check.unique("regions.yaml", data.regions, byId);
  const countries = check.unique("countries.yaml", data.countries, byCode);
  const leaders = check.unique("heads-of-state.yaml", data.headsOfState, byId);
  check.unique("engagements.yaml", data.engagements, byId);
  const frameworks = check.unique("frameworks.yaml", data.frameworks, byId);
  const majorProjects = check.unique("major-projects.yaml", data.majorProjects, byId);
  const policyDocuments = check.unique("policy-documents.yaml", data.policyDocuments, byId);
  check.unique("trends.yaml", data.trends, byId);
  check.unique("causal-links.yaml", data.causalLinks, byId);
  check.unique("stated-positions.yaml", data.statedPositions, byId);
  check.unique("assessments.yaml", data.assessments, byId);

  check.known("countries.yaml", data.countries, byCode, "regionId", (c) => c.regionId, regions);
  check.known("heads-of-state.yaml", data.headsOfState, byId, "countryCode", (h) => h.countryCode, countries);
  check.known("engagements.yaml", data.engagements, byId, "participantIds", (e) => e.participantIds, leaders);
  check.known("engagements.yaml", data.engagements, byId, "hostCountryCode", (e) => e.hostCountryCode, countries);
  check.known("frameworks.yaml", data.frameworks, byId, "parentId", (f) => f.parentId, frameworks);
  const projects = "major-projects.yaml";
  check.known(projects, data.majorProjects, byId, "announcedAtId", (m) => m.announcedAtId, frameworks);
  check.known(projects, data.majorProjects, byId, "announcedByCountryCode", (m) => m.announcedByCountryCode, countries);
  check.known(projects, data.majorProjects, byId, "promotedByCountryCodes", (m) => m.promotedByCountryCodes, countries);
  check.known(projects, data.majorProjects, byId, "promotedByRegionIds", (m) => m.promotedByRegionIds, regions);
  check.known("trends.yaml", data.trends, byId, "frameworkIds", (t) => t.frameworkIds, frameworks);
  check.known("trends.yaml", data.trends, byId, "sinceFrameworkIds", (t) => t.sinceFrameworkIds, frameworks);
  check.known("causal-links.yaml", data.causalLinks, byId, "majorProjectIds", (c) => c.majorProjectIds, majorProjects);
  check.known("causal-links.yaml", data.causalLinks, byId, "frameworkIds", (c) => c.frameworkIds, frameworks);
  const areas = SHARED_PRIORITY_AREA_IDS;
  check.known("causal-links.yaml", data.causalLinks, byId, "priorityAreaIds", (c) => c.priorityAreaIds, areas);
  const positions = "stated-positions.yaml";
  check.known(positions, data.statedPositions, byId, "statedByCountryCode", (s) => s.statedByCountryCode, countries);
  check.known(positions, data.statedPositions, byId, "withRegionId", (s) => s.withRegionId, regions);
  check.known(
    positions,
    data.statedPositions,
    byId,
    "occasionPolicyDocumentId",
    (s) => s.occasionPolicyDocumentId,
    policyDocuments,
  );
  check.known(positions, data.statedPositions, byId, "frameworkIds", (s) => s.frameworkIds, frameworks);
  check.known("assessments.yaml", data.assessments, byId, "holderRegionId", (a) => a.holderRegionId, regions);
  check.known("assessments.yaml", data.assessments, byId, "aboutCountryCode", (a) => a.aboutCountryCode, countries);
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
