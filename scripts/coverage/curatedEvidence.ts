/** Every curated record of the three subgraphs with the evidence it cites, labelled `<data file>#<id>`. */
import { loadDiplomacyData } from "../../subgraphs/diplomacy/dataSet.js";
import { loadFinanceData } from "../../subgraphs/finance/dataSet.js";
import { loadInfrastructureData } from "../../subgraphs/infrastructure/dataSet.js";
import type { Evidence } from "../../subgraphs/kit/evidence.js";

export interface CitingRecord {
  /** e.g. `engagements.yaml#xi-lula-telephone-conversation`. */
  label: string;
  evidence: readonly Evidence[];
}

interface CuratedRecordShape {
  dataFile: string;
  id?: string;
  code?: string;
  evidence: readonly Evidence[];
}

// Lists of records cite evidence; the reference-name copies (`names`) cite none and are not records of their own.
function citingRecords(data: object): CitingRecord[] {
  const recordLists = Object.values(data).filter((value): value is CuratedRecordShape[] => Array.isArray(value));
  return recordLists.flatMap((records) =>
    records.map((record) => ({ label: `${record.dataFile}#${record.id ?? record.code}`, evidence: record.evidence })),
  );
}

/** Loads (and so validates) each subgraph's data files, as the subgraphs do at start-up. */
export function curatedEvidence(): CitingRecord[] {
  return [loadDiplomacyData(), loadInfrastructureData(), loadFinanceData()].flatMap(citingRecords);
}
