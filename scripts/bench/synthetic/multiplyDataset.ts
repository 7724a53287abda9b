/**
 * Synthetic scale for the bench: copies every subgraph's data files into a separate folder with each record type
 * multiplied (×10, ×100, ×1000). Copies are marked: ids end in `-synthetic-<k>` and the folder holds a SYNTHETIC.txt
 * (names stay as the evidence words them, which validation requires). The curated files are never written; subgraphs read the
 * copies only when `<NAME>_DATA_DIR` points at them. Evidence stays the article's own, so the copies pass the same
 * validation as the real data. Countries, regions, policy documents, priority areas and the article are reference data
 * and stay as they are (country codes are ISO alpha-2: there are not a thousand of them); everything attached to them is
 * multiplied.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { fromProjectRoot } from "../../../platform/projectRoot.js";
import { SUBGRAPH_NAMES } from "../../../platform/serviceCatalog.js";

// Reference data: the article, countries and regions (and the other subgraphs' copies of their names), and the records
// one subgraph's data files name in another's (subgraphs/kit/diplomacyKeys.ts, infrastructureKeys.ts).
const REFERENCE_FILES = new Set([
  "article.yaml",
  "countries.yaml",
  "country-names.yaml",
  "regions.yaml",
  "region-names.yaml",
  "policy-documents.yaml",
  "priority-areas.yaml",
]);

type DataFiles = Map<string, Map<string, Record<string, unknown>[]>>;

function readCurated(): DataFiles {
  const files: DataFiles = new Map();
  for (const subgraph of SUBGRAPH_NAMES) {
    const dir = fromProjectRoot("subgraphs", subgraph, "data");
    const byFile = new Map<string, Record<string, unknown>[]>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".yaml"))) {
      byFile.set(file, parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>[]);
    }
    files.set(subgraph, byFile);
  }
  return files;
}

/** Ids of multiplied records, across subgraphs: a reference field holding one of them points at that record. */
function multipliedIds(files: DataFiles): Set<string> {
  const ids = new Set<string>();
  for (const byFile of files.values()) {
    for (const [file, records] of byFile) {
      if (REFERENCE_FILES.has(file)) continue;
      for (const record of records) if (typeof record.id === "string") ids.add(record.id);
    }
  }
  return ids;
}

// Ids and references: `id`, and fields named `…Id` / `…Ids` (names and quotes may equal an id by coincidence).
const REFERENCE_FIELD = /^(?:id|\w+Ids?)$/;

function copyOf(value: unknown, copy: number, ids: Set<string>, field = ""): unknown {
  if (typeof value === "string")
    return REFERENCE_FIELD.test(field) && ids.has(value) ? `${value}-synthetic-${copy}` : value;
  if (Array.isArray(value)) return value.map((item) => copyOf(item, copy, ids, field));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyOf(item, copy, ids, key)]));
  }
  return value;
}

/** Writes `<targetDir>/<subgraph>/` for every subgraph; returns each folder (for `<NAME>_DATA_DIR`). */
export function writeSyntheticDataset(factor: number, targetDir: string): Record<string, string> {
  const files = readCurated();
  const ids = multipliedIds(files);
  const dirs: Record<string, string> = {};
  for (const [subgraph, byFile] of files) {
    const dir = join(targetDir, subgraph);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "SYNTHETIC.txt"),
      `Synthetic data: the curated files of subgraphs/${subgraph}/data with every record type ×${factor}, written by ` +
        "npm run bench -- --scale. Not facts: never copy these into the repository.\n",
    );
    for (const [file, records] of byFile) {
      const copies = REFERENCE_FILES.has(file)
        ? records
        : [
            ...records,
            ...Array.from({ length: factor - 1 }, (_, k) => records.map((record) => copyOf(record, k + 1, ids))).flat(),
          ];
      writeFileSync(join(dir, file), stringify(copies, { aliasDuplicateObjects: false }));
    }
    dirs[subgraph] = dir;
  }
  return dirs;
}
