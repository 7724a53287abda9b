/** Opens a subgraph's embedded SQLite database and counts the statements it executes. */
import { rmSync } from "node:fs";
import Database from "better-sqlite3";

export type Db = Database.Database;

export interface SqliteStore {
  readonly db: Db;
  /** SQL text of every statement executed since the last reset, in order. */
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

function createDatabase(filename: string, executed: string[]): Db {
  try {
    if (filename !== ":memory:") {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${filename}${suffix}`, { force: true });
    }
    return new Database(filename, { verbose: (sql) => executed.push(String(sql)) });
  } catch (error) {
    throw new DatabaseOpenError(filename, (error as Error).message);
  }
}

/** The database is derived from the data files, so a file database is rebuilt from scratch at every start. */
export function openSqliteStore(filename: string, ddl: string): SqliteStore {
  const executed: string[] = [];
  const db = createDatabase(filename, executed);
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

/** `(?, ?, ?)` for an IN clause over `count` keys. */
export function placeholders(count: number): string {
  return `(${Array.from({ length: count }, () => "?").join(", ")})`;
}
