/**
 * Spans and metrics for every SQL statement a store runs, by wrapping the statements `db.prepare` hands out. Applied
 * only when tracing or metrics are on, so an unobserved store runs better-sqlite3 untouched.
 */
import { metricsEnabled } from "../../platform/metrics/metricsRegistry.js";
import { inSpan, tracingStarted } from "../../platform/telemetry/tracing.js";
import type { Db } from "./sqliteStore.js";
import { sqlStatementDuration, sqlStatements } from "./subgraphMetrics.js";

const EXECUTING_METHODS = ["all", "get", "run"] as const;

/** The table a statement reads or writes, for a label of bounded cardinality. */
export function statementTable(sql: string): string {
  return /\b(?:FROM|INTO|UPDATE)\s+([A-Za-z_][A-Za-z0-9_]*)/i.exec(sql)?.[1] ?? "other";
}

function observe<T>(sql: string, table: string, execute: () => T): T {
  const started = process.hrtime.bigint();
  try {
    return inSpan(
      `sqlite ${sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? "SQL"} ${table}`,
      { "db.system.name": "sqlite", "db.query.text": sql, "db.collection.name": table },
      execute,
    );
  } finally {
    sqlStatements()?.inc({ table });
    sqlStatementDuration()?.observe({ table }, Number(process.hrtime.bigint() - started) / 1e9);
  }
}

export function observeStatements(db: Db): void {
  if (!tracingStarted() && !metricsEnabled()) return;
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const table = statementTable(sql);
    for (const method of EXECUTING_METHODS) {
      const execute = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
        observe(sql, table, () => execute(...args));
    }
    return statement;
  }) as Db["prepare"];
}
