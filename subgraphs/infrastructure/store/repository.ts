/** Read access to the infrastructure store: one SQL statement per call, whatever the number of keys. */
import type { Page } from "../../kit/connection.js";
import {
  type FactRef,
  selectArticleFactIndex,
  selectCountryFactIndex,
  selectFactRefs,
  selectMatchingFactIds,
} from "../../kit/factIndex.js";
import {
  byColumn,
  emptyFilter,
  filterBy,
  selectGroupedRecords,
  selectRecordPage,
  selectRecordsByIds,
} from "../../kit/recordTable.js";
import type { CountryName, RegionName } from "../../kit/referenceNames.js";
import type { Db } from "../../kit/sqliteStore.js";
import type {
  InfrastructureGapRecord,
  InfrastructureProjectRecord,
  InitiativeRecord,
  PriorityAreaRecord,
  ProjectOutcomeRecord,
  PublicGoodsRelationRecord,
  PublicServiceCrisisRecord,
} from "../dataSet.js";
import type { CheckedProjectFilter } from "../entities/InfrastructureProjectFilter.js";
import type { CheckedCrisisFilter } from "../entities/PublicServiceCrisisFilter.js";

export class InfrastructureRepository {
  constructor(private readonly db: Db) {}

  countryNamesByCodes = (codes: readonly string[]) => selectRecordsByIds<CountryName>(this.db, "country_name", codes);
  regionNamesByIds = (ids: readonly string[]) => selectRecordsByIds<RegionName>(this.db, "region_name", ids);

  initiativesByIds = (ids: readonly string[]) => selectRecordsByIds<InitiativeRecord>(this.db, "initiative", ids);
  initiativePage = (page: Page, orderBy?: string) =>
    selectRecordPage<InitiativeRecord>(this.db, "initiative", emptyFilter(), page, orderBy);
  initiativesByGap = (gapIds: readonly string[]) =>
    selectGroupedRecords<InitiativeRecord>(
      this.db,
      {
        from: "initiative_gap ig JOIN initiative i ON i.id = ig.initiative_id",
        key: "ig.gap_id",
        record: "i.record",
        orderBy: "i.position",
      },
      gapIds,
    );

  projectsByIds = (ids: readonly string[]) =>
    selectRecordsByIds<InfrastructureProjectRecord>(this.db, "infrastructure_project", ids);
  projectPage = ({ countryCodes, sector, status }: CheckedProjectFilter, page: Page, orderBy?: string) =>
    selectRecordPage<InfrastructureProjectRecord>(
      this.db,
      "infrastructure_project",
      filterBy([
        [
          "id IN (SELECT project_id FROM project_country WHERE country_code IN (SELECT value FROM json_each(?)))",
          countryCodes && JSON.stringify(countryCodes),
        ],
        ["sector = ?", sector],
        ["status = ?", status],
      ]),
      page,
      orderBy,
    );
  projectsByInitiative = (initiativeIds: readonly string[]) =>
    selectGroupedRecords<InfrastructureProjectRecord>(
      this.db,
      byColumn("infrastructure_project", "initiative_id"),
      initiativeIds,
    );
  projectsByCountry = (codes: readonly string[]) =>
    selectGroupedRecords<InfrastructureProjectRecord>(
      this.db,
      {
        from: "project_country pc JOIN infrastructure_project p ON p.id = pc.project_id",
        key: "pc.country_code",
        record: "p.record",
        orderBy: "p.position",
      },
      codes,
    );

  projectOutcomesByIds = (ids: readonly string[]) =>
    selectRecordsByIds<ProjectOutcomeRecord>(this.db, "project_outcome", ids);
  projectOutcomesByProject = (projectIds: readonly string[]) =>
    selectGroupedRecords<ProjectOutcomeRecord>(this.db, byColumn("project_outcome", "project_id"), projectIds);

  gapsByIds = (ids: readonly string[]) =>
    selectRecordsByIds<InfrastructureGapRecord>(this.db, "infrastructure_gap", ids);
  gapPage = (page: Page) =>
    selectRecordPage<InfrastructureGapRecord>(this.db, "infrastructure_gap", emptyFilter(), page);
  gapsByRegion = (regionIds: readonly string[]) =>
    selectGroupedRecords<InfrastructureGapRecord>(this.db, byColumn("infrastructure_gap", "region_id"), regionIds);
  gapsByInitiative = (initiativeIds: readonly string[]) =>
    selectGroupedRecords<InfrastructureGapRecord>(
      this.db,
      {
        from: "initiative_gap ig JOIN infrastructure_gap g ON g.id = ig.gap_id",
        key: "ig.initiative_id",
        record: "g.record",
        orderBy: "ig.position",
      },
      initiativeIds,
    );

  crisesByIds = (ids: readonly string[]) =>
    selectRecordsByIds<PublicServiceCrisisRecord>(this.db, "public_service_crisis", ids);
  crisisPage = ({ countryCodes }: CheckedCrisisFilter, page: Page, orderBy?: string) =>
    selectRecordPage<PublicServiceCrisisRecord>(
      this.db,
      "public_service_crisis",
      filterBy([
        [
          "id IN (SELECT crisis_id FROM public_service_crisis_country WHERE country_code IN (SELECT value FROM json_each(?)))",
          countryCodes && JSON.stringify(countryCodes),
        ],
      ]),
      page,
      orderBy,
    );
  crisesByCountry = (codes: readonly string[]) =>
    selectGroupedRecords<PublicServiceCrisisRecord>(
      this.db,
      {
        from: "public_service_crisis_country cc JOIN public_service_crisis c ON c.id = cc.crisis_id",
        key: "cc.country_code",
        record: "c.record",
        orderBy: "c.position",
      },
      codes,
    );
  crisesByGap = (gapIds: readonly string[]) =>
    selectGroupedRecords<PublicServiceCrisisRecord>(this.db, byColumn("public_service_crisis", "gap_id"), gapIds);

  priorityAreasByIds = (ids: readonly string[]) =>
    selectRecordsByIds<PriorityAreaRecord>(this.db, "priority_area", ids);
  priorityAreaPage = (page: Page) =>
    selectRecordPage<PriorityAreaRecord>(this.db, "priority_area", emptyFilter(), page);
  priorityAreasByRegion = (regionIds: readonly string[]) =>
    selectGroupedRecords<PriorityAreaRecord>(this.db, byColumn("priority_area", "region_id"), regionIds);

  publicGoodsRelationsByIds = (ids: readonly string[]) =>
    selectRecordsByIds<PublicGoodsRelationRecord>(this.db, "public_goods_relation", ids);
  publicGoodsRelationPage = (page: Page) =>
    selectRecordPage<PublicGoodsRelationRecord>(this.db, "public_goods_relation", emptyFilter(), page);
  publicGoodsRelationsByRegion = (regionIds: readonly string[]) =>
    selectGroupedRecords<PublicGoodsRelationRecord>(this.db, byColumn("public_goods_relation", "region_id"), regionIds);

  factRefs = (paragraph: number | null): FactRef[] => selectFactRefs(this.db, paragraph);
  factIndexOfArticle = (articleId: string) => selectArticleFactIndex(this.db, articleId);
  factIndexByCountry = (codes: readonly string[]) => selectCountryFactIndex(this.db, codes);
  matchingFactIds = (type: string, text: string) => selectMatchingFactIds(this.db, type, text);
}
