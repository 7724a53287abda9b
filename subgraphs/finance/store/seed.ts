/** Loads the validated finance data set into its SQLite tables. */
import { FACT_INDEX_DDL, indexFacts } from "../../kit/factIndex.js";
import { insertRows } from "../../kit/recordTable.js";
import { seedReferenceNames } from "../../kit/referenceNames.js";
import type { Db } from "../../kit/sqliteStore.js";
import type { FinanceData } from "../dataSet.js";
import { FINANCE_FACT_TYPES } from "../entities/FinanceFact.js";
import { MechanismRole } from "../entities/FinancialRegulatoryDialogue.js";

export function seedFinanceStore(db: Db, data: FinanceData): void {
  const json = (record: unknown) => JSON.stringify(record);
  insertRows(
    db,
    "financial_stability_gap",
    data.gaps.map((g, position) => ({ id: g.id, position, region_id: g.regionId, record: json(g) })),
  );
  insertRows(
    db,
    "financial_risk",
    data.risks.map((r, position) => ({
      id: r.id,
      position,
      kind: r.kind,
      region_id: r.regionId,
      gap_id: r.gapId,
      record: json(r),
    })),
  );
  insertRows(
    db,
    "financial_mechanism",
    data.mechanisms.map((m, position) => ({
      id: m.id,
      position,
      kind: m.kind,
      status: m.status,
      region_id: m.regionId,
      record: json(m),
    })),
  );
  insertRows(
    db,
    "financial_regulatory_dialogue",
    data.dialogues.map((d, position) => ({
      id: d.id,
      position,
      region_id: d.regionId,
      emphasized_by_id: d.emphasizedById,
      record: json(d),
    })),
  );
  insertRows(
    db,
    "financial_dialogue_participant",
    data.dialogues.flatMap((d) =>
      d.participants.map((participant, position) => ({ dialogue_id: d.id, participant, position })),
    ),
  );
  insertRows(
    db,
    "financial_dialogue_mechanism",
    data.dialogues.flatMap((d) => [
      ...d.leveragedMechanismIds.map((mechanismId, position) => ({
        dialogue_id: d.id,
        mechanism_id: mechanismId,
        role: MechanismRole.leverages,
        position,
      })),
      ...d.exploredMechanismIds.map((mechanismId, position) => ({
        dialogue_id: d.id,
        mechanism_id: mechanismId,
        role: MechanismRole.explores,
        position: d.leveragedMechanismIds.length + position,
      })),
    ]),
  );
  insertRows(
    db,
    "financial_dialogue_gap",
    data.dialogues.flatMap((d) =>
      d.addressesGapIds.map((gapId, position) => ({ dialogue_id: d.id, gap_id: gapId, position })),
    ),
  );

  insertRows(
    db,
    "financial_outlook",
    data.outlooks.map((o, position) => ({ id: o.id, position, region_id: o.regionId, record: json(o) })),
  );

  seedReferenceNames(db, data.names);
  db.exec(FACT_INDEX_DDL);
  indexFacts(db, [
    ...data.gaps.map((g) => ({
      type: FINANCE_FACT_TYPES.gaps,
      id: g.id,
      evidence: g.evidence,
      wording: [g.description],
    })),
    ...data.risks.map((r) => ({ type: FINANCE_FACT_TYPES.risks, id: r.id, evidence: r.evidence, wording: [r.name] })),
    ...data.mechanisms.map((m) => ({
      type: FINANCE_FACT_TYPES.mechanisms,
      id: m.id,
      evidence: m.evidence,
      wording: [m.name],
    })),
    ...data.dialogues.map((d) => ({
      type: FINANCE_FACT_TYPES.dialogues,
      id: d.id,
      evidence: d.evidence,
      wording: [d.name, d.purpose],
    })),
    ...data.outlooks.map((o) => ({
      type: FINANCE_FACT_TYPES.outlooks,
      id: o.id,
      evidence: o.evidence,
      wording: [o.subject],
    })),
  ]);
}
