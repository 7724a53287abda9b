/**
 * Abuse: 8 clients send an expensive query (10 aliases of unpaged nested lists) as fast as they can, while one
 * client sends `{ article { id } }`. The expensive query must be refused by the cost limit, so the cheap one keeps
 * its latency: target p99 < 100 ms.
 */
import autocannon from "autocannon";
import type { Federation } from "../federation/federation.js";

export interface AbuseOptions {
  durationSeconds: number;
}

/** The shape the issue reported: 1.4 KB that passed every limit and returned 1.47 MB. */
export const EXPENSIVE_QUERY = `{ ${Array.from(
  { length: 10 },
  // The issue's query in the v1 shape (relations are connections), still without `first` anywhere: the default page
  // sizes price it far above the cost limit (tests/hardening/listCost.test.ts asks the same).
  (_, index) =>
    `a${index}: regions { nodes { name countries { nodes { code name region { name countries { nodes { code name region { name } } } } } } } }`,
).join(" ")} }`;

export async function abuse(federation: Federation, options: AbuseOptions) {
  const common = {
    url: federation.gatewayUrl,
    method: "POST" as const,
    headers: { "content-type": "application/json" },
    duration: options.durationSeconds,
  };
  const [abusive, probe] = await Promise.all([
    autocannon({ ...common, connections: 8, body: JSON.stringify({ query: EXPENSIVE_QUERY }) }),
    autocannon({ ...common, connections: 1, body: JSON.stringify({ query: "{ article { id } }" }) }),
  ]);
  const row = (name: string, result: autocannon.Result) => ({
    client: name,
    requests: result.requests.total,
    "refused (non-2xx)": result.non2xx,
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    errors: result.errors + result.timeouts,
  });
  return { rows: [row("8 × expensive", abusive), row("{ article { id } }", probe)], probeP99: probe.latency.p99 };
}
