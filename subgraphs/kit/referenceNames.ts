/**
 * Names of the countries and regions a subgraph references while diplomacy owns their records. Each subgraph keeps a
 * copy in its own data (`country-names.yaml`, `region-names.yaml`) and serves `Country.name` / `Region.name` as
 * @shareable fields, so a project's countries with their names need no extra diplomacy fetch.
 * tests/subgraphs/referenceNames.test.ts fails when a copy differs from diplomacy's records.
 */
import { z } from "zod";
import { isCountryCode } from "./countryCode.js";
import { readRecords } from "./dataFile.js";
import { insertRows } from "./recordTable.js";
import type { Db } from "./sqliteStore.js";

const name = z.string().trim().min(1);
const countryNameRecord = z
  .object({ code: z.string().refine(isCountryCode, "must be an ISO 3166-1 alpha-2 code"), name })
  .strict();
const regionNameRecord = z
  .object({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case kebab-case id"), name })
  .strict();

export type CountryName = z.infer<typeof countryNameRecord>;
export type RegionName = z.infer<typeof regionNameRecord>;

export interface ReferenceNames {
  countries: CountryName[];
  regions: RegionName[];
}

export const COUNTRY_NAMES_FILE = "country-names.yaml";
export const REGION_NAMES_FILE = "region-names.yaml";

/** Reads the copies a subgraph keeps; a subgraph that references no country keeps no country file. */
export function readReferenceNames(dataDir: string, { countries = true } = {}): ReferenceNames {
  return {
    countries: countries ? readRecords(dataDir, COUNTRY_NAMES_FILE, countryNameRecord) : [],
    regions: readRecords(dataDir, REGION_NAMES_FILE, regionNameRecord),
  };
}

export const REFERENCE_NAMES_DDL = `
CREATE TABLE country_name (id TEXT PRIMARY KEY, position INTEGER NOT NULL, record TEXT NOT NULL);
CREATE TABLE region_name (id TEXT PRIMARY KEY, position INTEGER NOT NULL, record TEXT NOT NULL);
`;

export function seedReferenceNames(db: Db, names: ReferenceNames): void {
  db.exec(REFERENCE_NAMES_DDL);
  const json = (record: unknown) => JSON.stringify(record);
  insertRows(
    db,
    "country_name",
    names.countries.map((c, position) => ({ id: c.code, position, record: json(c) })),
  );
  insertRows(
    db,
    "region_name",
    names.regions.map((r, position) => ({ id: r.id, position, record: json(r) })),
  );
}

/** Descriptions of the shared name fields: one text in every subgraph that serves them. */
export const COUNTRY_NAME_DESCRIPTION = "English short name.";
export const REGION_NAME_DESCRIPTION = "Name of the region.";

interface NameLoader {
  load(key: string): Promise<{ name: string } | null>;
}

/** The name this subgraph keeps for a referenced country or region; data validation makes a missing one impossible. */
export async function referenceName(loader: NameLoader, typeName: string, key: string): Promise<string> {
  const record = await loader.load(key);
  if (!record) throw new Error(`${typeName} "${key}" has no name in this subgraph's data`);
  return record.name;
}
