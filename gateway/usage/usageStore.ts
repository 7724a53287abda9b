/**
 * The usage store: a SQLite file holding, per recorded operation (document hash + operation name), its signature
 * (literals hidden, never variables), the schema coordinates it touches, and hourly request counts per client.
 * Written by the gateway (usageRecorder.ts), read by `npm run usage:report` and `schema:check --usage`.
 */
import Database from "better-sqlite3";

export type UsageDb = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS operation (
  id TEXT PRIMARY KEY,            -- sha256 of the document hash and the operation name
  document_hash TEXT NOT NULL,    -- sha256 of the document as sent
  name TEXT,                      -- null: anonymous
  type TEXT NOT NULL,             -- query, mutation, subscription
  signature TEXT NOT NULL,        -- the operation with literals hidden: no values a client sent
  first_seen INTEGER NOT NULL     -- unix ms
);
CREATE TABLE IF NOT EXISTS operation_coordinate (
  operation_id TEXT NOT NULL REFERENCES operation (id) ON DELETE CASCADE,
  coordinate TEXT NOT NULL,       -- Type.field, Type.field.argument, Enum.VALUE, Input.field, or a type name
  PRIMARY KEY (operation_id, coordinate)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS operation_count (
  operation_id TEXT NOT NULL REFERENCES operation (id) ON DELETE CASCADE,
  client_name TEXT NOT NULL,      -- apollographql-client-name, '' when not sent
  client_version TEXT NOT NULL,   -- apollographql-client-version, '' when not sent
  hour INTEGER NOT NULL,          -- unix hour the requests fell in
  count INTEGER NOT NULL,
  PRIMARY KEY (operation_id, client_name, client_version, hour)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS operation_count_by_hour ON operation_count (hour);
`;

export class UsageStoreError extends Error {
  override name = "UsageStoreError";
}

export function openUsageDb(path: string, options: { readonly: boolean }): UsageDb {
  let db: UsageDb;
  try {
    db = new Database(path, { readonly: options.readonly, fileMustExist: options.readonly });
  } catch (error) {
    throw new UsageStoreError(`cannot open usage store "${path}": ${(error as Error).message}`);
  }
  if (!options.readonly) {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.exec(SCHEMA);
  }
  return db;
}

export const HOUR_MS = 3_600_000;

export function hourOf(timeMs: number): number {
  return Math.floor(timeMs / HOUR_MS);
}
