/**
 * Keys of entities diplomacy owns that the other subgraphs reference from their data files (they hold no records of
 * them). Subgraphs never import each other, so the keys live here; diplomacy's data validation test checks they exist.
 */
export const LATIN_AMERICA_REGION_ID = "latin-america";
export const SHARED_REGION_IDS: ReadonlySet<string> = new Set([LATIN_AMERICA_REGION_ID]);
export const SHARED_POLICY_DOCUMENT_IDS: ReadonlySet<string> = new Set([
  "china-celac-joint-action-plan-2025-2027",
  "china-third-latin-america-policy-document",
]);
