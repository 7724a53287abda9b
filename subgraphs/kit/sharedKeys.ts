/** Keys of entities diplomacy owns that the other subgraphs reference from their data files. */
export const LATIN_AMERICA_REGION_ID = "latin-america";
export const SHARED_REGION_IDS: ReadonlySet<string> = new Set([LATIN_AMERICA_REGION_ID]);
