/** The diplomacy store: its data set, SQLite schema, seed, repository and loaders, opened by the kit. */
import { fromProjectRoot } from "../../../platform/projectRoot.js";
import type { SqliteStoreOptions } from "../../kit/sqliteStore.js";
import { openSubgraphStore, type StoreParts, type SubgraphStore } from "../../kit/subgraphStore.js";
import { type DiplomacyData, loadDiplomacyData } from "../dataSet.js";
import { createDiplomacyLoaders, type DiplomacyLoaders } from "./loaders.js";
import { DiplomacyRepository } from "./repository.js";
import { seedDiplomacyStore } from "./seed.js";

const diplomacyStoreParts: StoreParts<DiplomacyData, DiplomacyRepository, DiplomacyLoaders> = {
  ddlPath: fromProjectRoot("subgraphs", "diplomacy", "store", "schema.sql"),
  loadData: loadDiplomacyData,
  seed: seedDiplomacyStore,
  createRepository: (db) => new DiplomacyRepository(db),
  createLoaders: createDiplomacyLoaders,
};

export type DiplomacyStore = SubgraphStore<DiplomacyRepository, DiplomacyLoaders>;

export function openDiplomacyStore(
  databasePath?: string,
  dataDir?: string,
  options?: SqliteStoreOptions,
): DiplomacyStore {
  return openSubgraphStore(diplomacyStoreParts, databasePath, dataDir, options);
}
