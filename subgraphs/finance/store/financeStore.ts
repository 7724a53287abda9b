/** The finance store: its data set, SQLite schema, seed, repository and loaders, opened by the kit. */
import { fromProjectRoot } from "../../../platform/projectRoot.js";
import type { SqliteStoreOptions } from "../../kit/sqliteStore.js";
import { openSubgraphStore, type StoreParts, type SubgraphStore } from "../../kit/subgraphStore.js";
import { type FinanceData, loadFinanceData } from "../dataSet.js";
import { createFinanceLoaders, type FinanceLoaders } from "./loaders.js";
import { FinanceRepository } from "./repository.js";
import { seedFinanceStore } from "./seed.js";

const financeStoreParts: StoreParts<FinanceData, FinanceRepository, FinanceLoaders> = {
  ddlPath: fromProjectRoot("subgraphs", "finance", "store", "schema.sql"),
  loadData: loadFinanceData,
  seed: seedFinanceStore,
  createRepository: (db) => new FinanceRepository(db),
  createLoaders: createFinanceLoaders,
};

export type FinanceStore = SubgraphStore<FinanceRepository, FinanceLoaders>;

export function openFinanceStore(databasePath?: string, dataDir?: string, options?: SqliteStoreOptions): FinanceStore {
  return openSubgraphStore(financeStoreParts, databasePath, dataDir, options);
}
