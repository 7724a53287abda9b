/** The gateway's usage-recording settings: on only when GATEWAY_USAGE_STORE names a file. */
import { type Env, readInteger, readOptionalString } from "../../platform/env.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";

export interface UsageConfig {
  /** SQLite file (relative paths from the project root). */
  path: string;
  /** How often recorded counts are written, off the request path. */
  flushIntervalMs: number;
  /** Distinct operations kept; further new operations are not recorded. */
  maxOperations: number;
  /** Counts older than this are deleted. */
  retentionDays: number;
}

export function readUsageConfig(env: Env): UsageConfig | undefined {
  const path = readOptionalString(env, "GATEWAY_USAGE_STORE");
  if (path === undefined) return undefined;
  return {
    path: fromProjectRoot(path),
    flushIntervalMs: readInteger(env, "GATEWAY_USAGE_FLUSH_MS", 10_000, { min: 10, max: 3_600_000 }),
    maxOperations: readInteger(env, "GATEWAY_USAGE_MAX_OPERATIONS", 2_000, { min: 1, max: 1_000_000 }),
    retentionDays: readInteger(env, "GATEWAY_USAGE_RETENTION_DAYS", 90, { min: 1, max: 3_650 }),
  };
}
