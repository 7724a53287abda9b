/** The infrastructure store: its data set, SQLite schema, seed, repository and loaders, opened by the kit. */
import { fromProjectRoot } from "../../../platform/projectRoot.js";
import type { SqliteStoreOptions } from "../../kit/sqliteStore.js";
import { openSubgraphStore, type StoreParts, type SubgraphStore } from "../../kit/subgraphStore.js";
import { type InfrastructureData, loadInfrastructureData } from "../dataSet.js";
import { createInfrastructureLoaders, type InfrastructureLoaders } from "./loaders.js";
import { InfrastructureRepository } from "./repository.js";
import { seedInfrastructureStore } from "./seed.js";

const infrastructureStoreParts: StoreParts<InfrastructureData, InfrastructureRepository, InfrastructureLoaders> = {
  ddlPath: fromProjectRoot("subgraphs", "infrastructure", "store", "schema.sql"),
  loadData: loadInfrastructureData,
  seed: seedInfrastructureStore,
  createRepository: (db) => new InfrastructureRepository(db),
  createLoaders: createInfrastructureLoaders,
};

export type InfrastructureStore = SubgraphStore<InfrastructureRepository, InfrastructureLoaders>;

export function openInfrastructureStore(
  databasePath?: string,
  dataDir?: string,
  options?: SqliteStoreOptions,
): InfrastructureStore {
  return openSubgraphStore(infrastructureStoreParts, databasePath, dataDir, options);
}
