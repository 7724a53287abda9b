/**
 * SQL over "record tables": each row keeps the validated record as JSON in `record`, plus the
 * columns that queries filter, join or sort on (`id`, `position`, foreign keys).
 */
import type { Page } from "./connection.js";
import { type Db, preparedStatement } from "./sqliteStore.js";

/**
 * The keys of a batch as one JSON array parameter: the statement text is the same for any number of keys (prepared
 * once, reused), and no batch can exceed SQLite's 32,766 bound parameters.
 */
const KEYS_PARAMETER = "(SELECT value FROM json_each(?))";

export type Row = Record<string, string | number | null>;

export function insertRows(db: Db, table: string, rows: readonly Row[]): void {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const insert = db.prepare(
    `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((column) => `@${column}`).join(", ")})`,
  );
  db.transaction(() => {
    for (const row of rows) insert.run(row);
  })();
}

export interface Filter {
  /** SQL condition over the table's columns, e.g. `kind = ?`; empty for all rows. */
  where: string[];
  params: (string | number)[];
}

export function emptyFilter(): Filter {
  return { where: [], params: [] };
}

/** AND of the given conditions, skipping those whose value is null or undefined (an absent filter argument). */
export function filterBy(conditions: [sql: string, value: string | number | null | undefined][]): Filter {
  const result = emptyFilter();
  for (const [sql, value] of conditions) {
    if (value == null) continue;
    result.where.push(sql);
    result.params.push(value);
  }
  return result;
}

function whereClause(filter: Filter): string {
  return filter.where.length > 0 ? `WHERE ${filter.where.join(" AND ")}` : "";
}

function parseRecords<T>(rows: { record: string }[]): T[] {
  return rows.map((row) => JSON.parse(row.record) as T);
}

/** One statement for any number of ids; order is the caller's (DataLoader re-keys). */
export function selectRecordsByIds<T>(db: Db, table: string, ids: readonly string[]): T[] {
  if (ids.length === 0) return [];
  const rows = preparedStatement(db, `SELECT record FROM ${table} WHERE id IN ${KEYS_PARAMETER}`).all(
    JSON.stringify(ids),
  );
  return parseRecords<T>(rows as { record: string }[]);
}

export interface GroupedSource {
  /** FROM clause, e.g. `head_of_state` or `engagement_participant p JOIN head_of_state h ON h.id = p.head_of_state_id`. */
  from: string;
  /** The column the records are grouped by, e.g. `country_code` or `p.engagement_id`. */
  key: string;
  record: string;
  orderBy: string;
}

/** The common case: a table's own records grouped by one of its foreign-key columns. */
export function byColumn(table: string, column: string): GroupedSource {
  return { from: table, key: column, record: "record", orderBy: "position" };
}

/** Records grouped by a key column in one statement: `SELECT key, record FROM … WHERE key IN (…)`. */
export function selectGroupedRecords<T>(
  db: Db,
  source: GroupedSource,
  keys: readonly string[],
): { key: string; record: T }[] {
  if (keys.length === 0) return [];
  const rows = preparedStatement(
    db,
    `SELECT ${source.key} AS key, ${source.record} AS record FROM ${source.from} ` +
      `WHERE ${source.key} IN ${KEYS_PARAMETER} ORDER BY ${source.orderBy}`,
  ).all(JSON.stringify(keys)) as { key: string; record: string }[];
  return rows.map((row) => ({ key: row.key, record: JSON.parse(row.record) as T }));
}

export function selectRecordPage<T>(
  db: Db,
  table: string,
  filter: Filter,
  page: Page,
  orderBy = "position",
): { nodes: T[]; total: number } {
  const where = whereClause(filter);
  const { total } = db.prepare(`SELECT COUNT(*) AS total FROM ${table} ${where}`).get(...filter.params) as {
    total: number;
  };
  const rows = db
    .prepare(`SELECT record FROM ${table} ${where} ORDER BY ${orderBy} LIMIT ? OFFSET ?`)
    .all(...filter.params, page.limit, page.offset) as { record: string }[];
  return { nodes: parseRecords<T>(rows), total };
}

export function selectAllRecords<T>(db: Db, table: string, filter: Filter = emptyFilter()): T[] {
  const rows = db.prepare(`SELECT record FROM ${table} ${whereClause(filter)} ORDER BY position`).all(...filter.params);
  return parseRecords<T>(rows as { record: string }[]);
}
