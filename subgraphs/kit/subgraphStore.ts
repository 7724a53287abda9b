/** Opens a subgraph's store: validate its data files, load them into SQLite, hand out per-request contexts. */
import { readFileSync } from "node:fs";
import type { Db } from "./sqliteStore.js";
import { openSqliteStore, type SqliteStoreOptions } from "./sqliteStore.js";
import { observeStatements } from "./statementObservation.js";
import type { OpenedStore } from "./subgraphService.js";

export interface StoreParts<Data, Repository, Loaders> {
  /** Path of the subgraph's `schema.sql`. */
  ddlPath: string;
  /** Reads and validates the data files; throws DataValidationError naming file, record and field. */
  loadData(dataDir?: string): Data;
  seed(db: Db, data: Data): void;
  createRepository(db: Db): Repository;
  createLoaders(repository: Repository): Loaders;
}

export interface StoreContext<Repository, Loaders> {
  repository: Repository;
  loaders: Loaders;
}

export interface SubgraphStore<Repository, Loaders> extends OpenedStore<StoreContext<Repository, Loaders>> {
  repository: Repository;
  /** SQL of the statements executed since the last reset, when opened with `recordStatements` (tests only). */
  executed: string[];
  resetExecuted(): void;
}

export function openSubgraphStore<Data, Repository, Loaders>(
  parts: StoreParts<Data, Repository, Loaders>,
  databasePath = ":memory:",
  dataDir?: string,
  options: SqliteStoreOptions = {},
): SubgraphStore<Repository, Loaders> {
  const data = parts.loadData(dataDir);
  const store = openSqliteStore(databasePath, readFileSync(parts.ddlPath, "utf8"), options);
  parts.seed(store.db, data);
  store.resetExecuted();
  observeStatements(store.db); // after seeding: only request-time statements are traced and counted
  const repository = parts.createRepository(store.db);
  return {
    repository,
    executed: store.executed,
    resetExecuted: store.resetExecuted,
    createContext: () => ({ repository, loaders: parts.createLoaders(repository) }),
    close: store.close,
  };
}
