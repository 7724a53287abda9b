/**
 * Keys of entities infrastructure owns that diplomacy's data files reference (a causal link's priority areas).
 * Subgraphs never import each other, so the keys live here; infrastructure's data validation test checks they exist.
 */
export const SHARED_PRIORITY_AREA_IDS: ReadonlySet<string> = new Set([
  "infrastructure-construction",
  "re-industrialization",
  "connectivity",
  "clean-energy",
  "agricultural-modernization",
  "digital-transformation",
]);
