/** Read access to the finance store: one SQL statement per call, whatever the number of keys. */
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
  filterBy,
  selectGroupedRecords,
  selectRecordPage,
  selectRecordsByIds,
} from "../../kit/recordTable.js";
import type { RegionName } from "../../kit/referenceNames.js";
import type { Db } from "../../kit/sqliteStore.js";
import type {
  FinancialMechanismRecord,
  FinancialOutlookRecord,
  FinancialRegulatoryDialogueRecord,
  FinancialRiskRecord,
  FinancialStabilityGapRecord,
} from "../dataSet.js";
import { MechanismRole } from "../entities/FinancialRegulatoryDialogue.js";
import type {
  CheckedDialogueFilter,
  CheckedMechanismFilter,
  CheckedRegionFilter,
  CheckedRiskFilter,
} from "../entities/filters.js";

type Role = (typeof MechanismRole)[keyof typeof MechanismRole];

// The role is a constant of this module, never user input, so it is safe inline in the join.
const mechanismsOfDialogues = (role: Role) => ({
  from: `financial_dialogue_mechanism dm JOIN financial_mechanism m ON m.id = dm.mechanism_id AND dm.role = '${role}'`,
  key: "dm.dialogue_id",
  record: "m.record",
  orderBy: "dm.position",
});

export class FinanceRepository {
  constructor(private readonly db: Db) {}

  regionNamesByIds = (ids: readonly string[]) => selectRecordsByIds<RegionName>(this.db, "region_name", ids);

  gapsByIds = (ids: readonly string[]) =>
    selectRecordsByIds<FinancialStabilityGapRecord>(this.db, "financial_stability_gap", ids);
  gapPage = ({ regionId }: CheckedRegionFilter, page: Page) =>
    selectRecordPage<FinancialStabilityGapRecord>(
      this.db,
      "financial_stability_gap",
      filterBy([["region_id = ?", regionId]]),
      page,
    );
  gapsByRegion = (regionIds: readonly string[]) =>
    selectGroupedRecords<FinancialStabilityGapRecord>(
      this.db,
      byColumn("financial_stability_gap", "region_id"),
      regionIds,
    );
  gapsByDialogue = (dialogueIds: readonly string[]) =>
    selectGroupedRecords<FinancialStabilityGapRecord>(
      this.db,
      {
        from: "financial_dialogue_gap dg JOIN financial_stability_gap g ON g.id = dg.gap_id",
        key: "dg.dialogue_id",
        record: "g.record",
        orderBy: "dg.position",
      },
      dialogueIds,
    );

  risksByIds = (ids: readonly string[]) => selectRecordsByIds<FinancialRiskRecord>(this.db, "financial_risk", ids);
  riskPage = ({ kind, regionId }: CheckedRiskFilter, page: Page) =>
    selectRecordPage<FinancialRiskRecord>(
      this.db,
      "financial_risk",
      filterBy([
        ["kind = ?", kind],
        ["region_id = ?", regionId],
      ]),
      page,
    );
  risksByRegion = (regionIds: readonly string[]) =>
    selectGroupedRecords<FinancialRiskRecord>(this.db, byColumn("financial_risk", "region_id"), regionIds);
  risksByGap = (gapIds: readonly string[]) =>
    selectGroupedRecords<FinancialRiskRecord>(this.db, byColumn("financial_risk", "gap_id"), gapIds);

  mechanismsByIds = (ids: readonly string[]) =>
    selectRecordsByIds<FinancialMechanismRecord>(this.db, "financial_mechanism", ids);
  mechanismPage = ({ kind, status, regionId }: CheckedMechanismFilter, page: Page, orderBy?: string) =>
    selectRecordPage<FinancialMechanismRecord>(
      this.db,
      "financial_mechanism",
      filterBy([
        ["kind = ?", kind],
        ["status = ?", status],
        ["region_id = ?", regionId],
      ]),
      page,
      orderBy,
    );
  mechanismsByRegion = (regionIds: readonly string[]) =>
    selectGroupedRecords<FinancialMechanismRecord>(this.db, byColumn("financial_mechanism", "region_id"), regionIds);
  leveragedMechanismsByDialogue = (dialogueIds: readonly string[]) =>
    selectGroupedRecords<FinancialMechanismRecord>(
      this.db,
      mechanismsOfDialogues(MechanismRole.leverages),
      dialogueIds,
    );
  exploredMechanismsByDialogue = (dialogueIds: readonly string[]) =>
    selectGroupedRecords<FinancialMechanismRecord>(this.db, mechanismsOfDialogues(MechanismRole.explores), dialogueIds);
  /** Mechanisms the dialogues a policy document emphasizes leverage or explore (a mechanism may repeat). */
  mechanismsByPolicyDocument = (documentIds: readonly string[]) =>
    selectGroupedRecords<FinancialMechanismRecord>(
      this.db,
      {
        from:
          "financial_regulatory_dialogue d JOIN financial_dialogue_mechanism dm ON dm.dialogue_id = d.id " +
          "JOIN financial_mechanism m ON m.id = dm.mechanism_id",
        key: "d.emphasized_by_id",
        record: "m.record",
        orderBy: "d.position, m.position",
      },
      documentIds,
    );

  dialoguesByIds = (ids: readonly string[]) =>
    selectRecordsByIds<FinancialRegulatoryDialogueRecord>(this.db, "financial_regulatory_dialogue", ids);
  dialoguePage = ({ participant, policyDocumentId }: CheckedDialogueFilter, page: Page) =>
    selectRecordPage<FinancialRegulatoryDialogueRecord>(
      this.db,
      "financial_regulatory_dialogue",
      filterBy([
        ["id IN (SELECT dialogue_id FROM financial_dialogue_participant WHERE participant = ?)", participant],
        ["emphasized_by_id = ?", policyDocumentId],
      ]),
      page,
    );
  dialoguesByRegion = (regionIds: readonly string[]) =>
    selectGroupedRecords<FinancialRegulatoryDialogueRecord>(
      this.db,
      byColumn("financial_regulatory_dialogue", "region_id"),
      regionIds,
    );
  dialoguesByPolicyDocument = (documentIds: readonly string[]) =>
    selectGroupedRecords<FinancialRegulatoryDialogueRecord>(
      this.db,
      byColumn("financial_regulatory_dialogue", "emphasized_by_id"),
      documentIds,
    );
  dialoguesByMechanism = (mechanismIds: readonly string[]) =>
    selectGroupedRecords<FinancialRegulatoryDialogueRecord>(
      this.db,
      {
        from: "financial_dialogue_mechanism dm JOIN financial_regulatory_dialogue d ON d.id = dm.dialogue_id",
        key: "dm.mechanism_id",
        record: "d.record",
        orderBy: "d.position",
      },
      mechanismIds,
    );
  dialoguesByGap = (gapIds: readonly string[]) =>
    selectGroupedRecords<FinancialRegulatoryDialogueRecord>(
      this.db,
      {
        from: "financial_dialogue_gap dg JOIN financial_regulatory_dialogue d ON d.id = dg.dialogue_id",
        key: "dg.gap_id",
        record: "d.record",
        orderBy: "d.position",
      },
      gapIds,
    );

  outlooksByIds = (ids: readonly string[]) =>
    selectRecordsByIds<FinancialOutlookRecord>(this.db, "financial_outlook", ids);
  outlookPage = ({ regionId }: CheckedRegionFilter, page: Page) =>
    selectRecordPage<FinancialOutlookRecord>(
      this.db,
      "financial_outlook",
      filterBy([["region_id = ?", regionId]]),
      page,
    );
  outlooksByRegion = (regionIds: readonly string[]) =>
    selectGroupedRecords<FinancialOutlookRecord>(this.db, byColumn("financial_outlook", "region_id"), regionIds);

  factRefs = (paragraph: number | null): FactRef[] => selectFactRefs(this.db, paragraph);
  factIndexOfArticle = (articleId: string) => selectArticleFactIndex(this.db, articleId);
  factIndexByCountry = (codes: readonly string[]) => selectCountryFactIndex(this.db, codes);
  matchingFactIds = (type: string, text: string) => selectMatchingFactIds(this.db, type, text);
}
