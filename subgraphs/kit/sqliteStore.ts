/** Opens a subgraph's embedded SQLite database; tests may ask it to record the statements it executes. */
import { rmSync } from "node:fs";
import Database from "better-sqlite3";

export type Db = Database.Database;

export interface SqliteStore {
  readonly db: Db;
  /** SQL text of every statement executed since the last reset, in order; always empty unless recording. */
  readonly executed: string[];
  resetExecuted(): void;
  close(): void;
}

/** The database file could not be created where it was asked for (missing folder, no permission, a directory). */
export class DatabaseOpenError extends Error {
  constructor(
    readonly filename: string,
    reason: string,
  ) {
    super(`cannot open "${filename}": ${reason}`);
    this.name = "DatabaseOpenError";
  }
}

export interface SqliteStoreOptions {
  /**
   * Keep the SQL of every statement executed (how tests prove batching). Off unless asked: the log grows with every
   * request, so no entry point turns it on.
   */
  recordStatements?: boolean;
}

function createDatabase(filename: string, executed: string[] | undefined): Db {
  try {
    if (filename !== ":memory:") {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${filename}${suffix}`, { force: true });
    }
    return new Database(filename, executed ? { verbose: (sql) => executed.push(String(sql)) } : {});
  } catch (error) {
    throw new DatabaseOpenError(filename, (error as Error).message);
  }
}

/** The database is derived from the data files, so a file database is rebuilt from scratch at every start. */
export function openSqliteStore(filename: string, ddl: string, options: SqliteStoreOptions = {}): SqliteStore {
  const executed: string[] = [];
  const db = createDatabase(filename, options.recordStatements ? executed : undefined);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.exec(ddl);
  executed.length = 0;
  return {
    db,
    executed,
    resetExecuted: () => {
      executed.length = 0;
    },
    close: () => db.close(),
  };
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** The statement for `sql`, prepared once per database: the SQL texts are the code's own, so the cache is bounded. */
export function preparedStatement(db: Db, sql: string): Database.Statement {
  let byText = statements.get(db);
  if (!byText) {
    byText = new Map();
    statements.set(db, byText);
  }
  let statement = byText.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    byText.set(sql, statement);
  }
  return statement;
}
