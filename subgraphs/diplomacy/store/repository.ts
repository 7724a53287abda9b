/** Read access to the diplomacy store: one SQL statement per call, whatever the number of keys. */
import type { Page } from "../../kit/connection.js";
import {
  type FactRef,
  selectArticleFactIndex,
  selectCountryFactIndex,
  selectFactRefs,
  selectMatchingFactIds,
} from "../../kit/factIndex.js";
import { oneOf } from "../../kit/listFilters.js";
import {
  byColumn,
  emptyFilter,
  filterBy,
  selectGroupedRecords,
  selectRecordPage,
  selectRecordsByIds,
} from "../../kit/recordTable.js";
import type { Db } from "../../kit/sqliteStore.js";
import type {
  ArticleRecord,
  AssessmentRecord,
  CausalLinkRecord,
  CountryRecord,
  EngagementRecord,
  FrameworkRecord,
  HeadOfStateRecord,
  MajorProjectRecord,
  PolicyDocumentRecord,
  RegionRecord,
  StatedPositionRecord,
  TrendRecord,
} from "../dataSet.js";
import type { Checked } from "../entities/filters.js";

export class DiplomacyRepository {
  constructor(private readonly db: Db) {}

  articlesByIds = (ids: readonly string[]) => selectRecordsByIds<ArticleRecord>(this.db, "article", ids);

  regionsByIds = (ids: readonly string[]) => selectRecordsByIds<RegionRecord>(this.db, "region", ids);
  regionPage = (page: Page) => selectRecordPage<RegionRecord>(this.db, "region", emptyFilter(), page);

  countriesByCodes = (codes: readonly string[]) => selectRecordsByIds<CountryRecord>(this.db, "country", codes);
  countryPage = ({ regionId }: Checked<"country">, page: Page, orderBy?: string) =>
    selectRecordPage<CountryRecord>(this.db, "country", filterBy([["region_id = ?", regionId]]), page, orderBy);
  countriesByRegion = (regionIds: readonly string[]) =>
    selectGroupedRecords<CountryRecord>(this.db, byColumn("country", "region_id"), regionIds);
  countriesByEngagement = (engagementIds: readonly string[]) =>
    selectGroupedRecords<CountryRecord>(
      this.db,
      {
        from: "engagement_country ec JOIN country c ON c.id = ec.country_code",
        key: "ec.engagement_id",
        record: "c.record",
        orderBy: "ec.position",
      },
      engagementIds,
    );

  headsOfStateByIds = (ids: readonly string[]) => selectRecordsByIds<HeadOfStateRecord>(this.db, "head_of_state", ids);
  headOfStatePage = ({ countryCodes }: Checked<"headOfState">, page: Page, orderBy?: string) =>
    selectRecordPage<HeadOfStateRecord>(
      this.db,
      "head_of_state",
      filterBy([oneOf("country_code", countryCodes)]),
      page,
      orderBy,
    );
  headsOfStateByCountry = (codes: readonly string[]) =>
    selectGroupedRecords<HeadOfStateRecord>(this.db, byColumn("head_of_state", "country_code"), codes);
  participantsByEngagement = (engagementIds: readonly string[]) =>
    selectGroupedRecords<HeadOfStateRecord>(
      this.db,
      {
        from: "engagement_participant p JOIN head_of_state h ON h.id = p.head_of_state_id",
        key: "p.engagement_id",
        record: "h.record",
        orderBy: "p.position",
      },
      engagementIds,
    );

  engagementsByIds = (ids: readonly string[]) => selectRecordsByIds<EngagementRecord>(this.db, "engagement", ids);
  engagementPage = ({ countryCodes, kind }: Checked<"engagement">, page: Page, orderBy?: string) =>
    selectRecordPage<EngagementRecord>(
      this.db,
      "engagement",
      filterBy([
        [
          "id IN (SELECT engagement_id FROM engagement_country WHERE country_code IN (SELECT value FROM json_each(?)))",
          countryCodes && JSON.stringify(countryCodes),
        ],
        ["kind = ?", kind],
      ]),
      page,
      orderBy,
    );
  engagementsByCountry = (codes: readonly string[]) =>
    selectGroupedRecords<EngagementRecord>(
      this.db,
      {
        from: "engagement_country ec JOIN engagement e ON e.id = ec.engagement_id",
        key: "ec.country_code",
        record: "e.record",
        orderBy: "e.position",
      },
      codes,
    );
  engagementsByParticipant = (headOfStateIds: readonly string[]) =>
    selectGroupedRecords<EngagementRecord>(
      this.db,
      {
        from: "engagement_participant p JOIN engagement e ON e.id = p.engagement_id",
        key: "p.head_of_state_id",
        record: "e.record",
        orderBy: "e.position",
      },
      headOfStateIds,
    );

  frameworksByIds = (ids: readonly string[]) => selectRecordsByIds<FrameworkRecord>(this.db, "framework", ids);
  frameworkPage = ({ kind }: Checked<"framework">, page: Page, orderBy?: string) =>
    selectRecordPage<FrameworkRecord>(this.db, "framework", filterBy([["kind = ?", kind]]), page, orderBy);
  frameworksByParent = (parentIds: readonly string[]) =>
    selectGroupedRecords<FrameworkRecord>(this.db, byColumn("framework", "parent_id"), parentIds);

  majorProjectsByIds = (ids: readonly string[]) =>
    selectRecordsByIds<MajorProjectRecord>(this.db, "major_project", ids);
  majorProjectPage = (page: Page) =>
    selectRecordPage<MajorProjectRecord>(this.db, "major_project", emptyFilter(), page);
  majorProjectsByAnnouncement = (frameworkIds: readonly string[]) =>
    selectGroupedRecords<MajorProjectRecord>(this.db, byColumn("major_project", "announced_at_id"), frameworkIds);

  policyDocumentsByIds = (ids: readonly string[]) =>
    selectRecordsByIds<PolicyDocumentRecord>(this.db, "policy_document", ids);
  policyDocumentPage = ({ kind, countryCodes }: Checked<"policyDocument">, page: Page, orderBy?: string) =>
    selectRecordPage<PolicyDocumentRecord>(
      this.db,
      "policy_document",
      filterBy([["kind = ?", kind], oneOf("json_extract(record, '$.issuerCountryCode')", countryCodes)]),
      page,
      orderBy,
    );
  policyDocumentsByAdopter = (frameworkIds: readonly string[]) =>
    selectGroupedRecords<PolicyDocumentRecord>(this.db, byColumn("policy_document", "adopted_by_id"), frameworkIds);

  articlePage = (page: Page) => selectRecordPage<ArticleRecord>(this.db, "article", emptyFilter(), page);
  trendsByIds = (ids: readonly string[]) => selectRecordsByIds<TrendRecord>(this.db, "trend", ids);
  trendPage = (page: Page) => selectRecordPage<TrendRecord>(this.db, "trend", emptyFilter(), page);

  causalLinksByIds = (ids: readonly string[]) => selectRecordsByIds<CausalLinkRecord>(this.db, "causal_link", ids);
  causalLinkPage = ({ majorProjectId }: Checked<"causalLink">, page: Page) =>
    selectRecordPage<CausalLinkRecord>(
      this.db,
      "causal_link",
      filterBy([
        ["id IN (SELECT causal_link_id FROM causal_link_major_project WHERE major_project_id = ?)", majorProjectId],
      ]),
      page,
    );
  causalLinksByMajorProject = (majorProjectIds: readonly string[]) =>
    selectGroupedRecords<CausalLinkRecord>(
      this.db,
      {
        from: "causal_link_major_project cm JOIN causal_link c ON c.id = cm.causal_link_id",
        key: "cm.major_project_id",
        record: "c.record",
        orderBy: "c.position",
      },
      majorProjectIds,
    );

  statedPositionsByIds = (ids: readonly string[]) =>
    selectRecordsByIds<StatedPositionRecord>(this.db, "stated_position", ids);
  statedPositionPage = ({ countryCodes, kind }: Checked<"statedPosition">, page: Page) =>
    selectRecordPage<StatedPositionRecord>(
      this.db,
      "stated_position",
      filterBy([oneOf("stated_by_country_code", countryCodes), ["json_extract(record, '$.kind') = ?", kind]]),
      page,
    );
  statedPositionsByCountry = (codes: readonly string[]) =>
    selectGroupedRecords<StatedPositionRecord>(this.db, byColumn("stated_position", "stated_by_country_code"), codes);
  statedPositionsByPolicyDocument = (documentIds: readonly string[]) =>
    selectGroupedRecords<StatedPositionRecord>(
      this.db,
      byColumn("stated_position", "occasion_policy_document_id"),
      documentIds,
    );

  assessmentsByIds = (ids: readonly string[]) => selectRecordsByIds<AssessmentRecord>(this.db, "assessment", ids);
  assessmentPage = (page: Page) => selectRecordPage<AssessmentRecord>(this.db, "assessment", emptyFilter(), page);
  assessmentsByHolderRegion = (regionIds: readonly string[]) =>
    selectGroupedRecords<AssessmentRecord>(this.db, byColumn("assessment", "holder_region_id"), regionIds);
  assessmentsAboutCountry = (codes: readonly string[]) =>
    selectGroupedRecords<AssessmentRecord>(this.db, byColumn("assessment", "about_country_code"), codes);

  factRefs = (paragraph: number | null): FactRef[] => selectFactRefs(this.db, paragraph);
  factIndexOfArticle = (articleId: string) => selectArticleFactIndex(this.db, articleId);
  factIndexByCountry = (codes: readonly string[]) => selectCountryFactIndex(this.db, codes);
  matchingFactIds = (type: string, text: string) => selectMatchingFactIds(this.db, type, text);
}
