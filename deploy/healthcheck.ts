/**
 * Container health probe (`node dist/deploy/healthcheck.js [url]`): exit 0 when the URL answers 2xx, 1 otherwise.
 * Slim Node images have no curl; this keeps probes in the runtime the image already has.
 */
import { ConfigError, readInteger, readUrl } from "../platform/env.js";

async function probe(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok ? undefined : `${url} answered ${response.status}`;
  } catch (error) {
    return `${url} unreachable: ${(error as Error).message}`;
  }
}

try {
  // An explicit argument wins, so one image serves every service: compose passes each its own URL.
  const env = { ...process.env, ...(process.argv[2] ? { HEALTHCHECK_URL: process.argv[2] } : {}) };
  const url = readUrl(env, "HEALTHCHECK_URL", "http://127.0.0.1:4000/ready");
  const timeoutMs = readInteger(env, "HEALTHCHECK_TIMEOUT_MS", 3_000, { min: 100, max: 60_000 });
  const problem = await probe(url, timeoutMs);
  if (problem) console.error(`unhealthy: ${problem}`);
  process.exitCode = problem ? 1 : 0;
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exitCode = 1; // Docker reserves 2; any failure is "unhealthy".
}
