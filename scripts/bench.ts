/**
 * Load benchmark: starts the federation exactly as `npm start` does, then drives registered operations through the
 * gateway with autocannon (bounded in time and connections, loopback only) and prints throughput and latency.
 *
 *   npm run bench                                   # default scenarios, 10 s each, 10 connections
 *   npm run bench -- --duration 5 --connections 20 --operation CountryProfile --operation Countries
 *   npm run bench -- --soak                         # 60 s at 50 connections, memory per process (scripts/bench/soak.ts)
 *   npm run bench -- --abuse                        # 8 abusive clients vs { article { id } } (scripts/bench/abuse.ts)
 *   npm run bench -- --response-cache               # also the response-cache hit path, in its own rows
 *
 * The uncached path (and --soak, --abuse) runs with GATEWAY_RESPONSE_CACHE=false, so every request reaches the
 * subgraphs; the hit path runs with the cache on, where every request after the probe is answered from memory.
 */
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { readOperationExamples } from "../gateway/playground/operationExamples.js";
import { createLogger } from "../platform/logger.js";
import { fromProjectRoot } from "../platform/projectRoot.js";
import { abuse } from "./bench/abuse.js";
import { soak } from "./bench/soak.js";
import { startFederation } from "./federation/federation.js";

const DEFAULT_OPERATIONS = [
  "Countries", // diplomacy only
  "InfrastructureProjects", // infrastructure only
  "FinancialMechanisms", // finance only
  "CountryProfile", // diplomacy → infrastructure
  "PolicyDocumentFinancialCooperation", // diplomacy → finance
  "ProjectCountriesLeaders", // infrastructure → diplomacy
  "ParagraphFacts", // all three
];

const USAGE = `usage: npm run bench -- [--duration S] [--connections N] [--operation Name]... [--response-cache]
       npm run bench -- --soak [--duration S (default 60)] [--connections N (default 50)]
       npm run bench -- --abuse [--duration S (default 20)]`;

function parseOptions() {
  try {
    return parseArgs({
      options: {
        duration: { type: "string" },
        connections: { type: "string" },
        operation: { type: "string", multiple: true },
        soak: { type: "boolean", default: false },
        abuse: { type: "boolean", default: false },
        "response-cache": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message.split("\n")[0]} (npm run bench -- --help)`);
    process.exit(2);
  }
}

const { values } = parseOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
values.duration ??= values.soak ? "60" : values.abuse ? "20" : "10";
values.connections ??= values.soak ? "50" : "10";
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0 && duration <= 120) || !(connections > 0 && connections <= 200)) {
  console.error("--duration must be 1-120 seconds and --connections 1-200");
  process.exit(2);
}

const examples = readOperationExamples(fromProjectRoot("schema", "operations"), createLogger("bench"));
const wanted = values.operation ?? DEFAULT_OPERATIONS;
const unknown = wanted.filter((name) => !examples.some((example) => example.name === name));
if (unknown.length > 0) {
  console.error(`unknown operation(s): ${unknown.join(", ")}; registered: ${examples.map((e) => e.name).join(", ")}`);
  process.exit(2);
}

const uncached = { LOG_LEVEL: "warn", GATEWAY_RESPONSE_CACHE: "false" };
if (values.soak) {
  const federation = await startFederation({ env: uncached });
  try {
    const result = await soak(federation, examples, { durationSeconds: duration, warmupSeconds: 15, connections });
    console.log(
      `\nSoak: 15 s warm-up + ${duration} s, ${connections} connections, registered operations and distinct documents, ` +
        `Node ${process.version}: ${result.requests} requests (${result.rps} req/s), ${result.errors} errors\n`,
    );
    console.table(result.rows);
    process.exitCode = result.errors === 0 && result.rows.every((row) => row.ratio <= 1.1) ? 0 : 1;
  } finally {
    await federation.stop();
  }
  process.exit();
}
if (values.abuse) {
  const federation = await startFederation({ env: uncached });
  try {
    const result = await abuse(federation, { durationSeconds: duration });
    console.log(`\nAbuse: 8 clients sending an expensive unpaged query for ${duration} s, Node ${process.version}\n`);
    console.table(result.rows);
    process.exitCode = result.probeP99 < 100 ? 0 : 1;
  } finally {
    await federation.stop();
  }
  process.exit();
}
const paths = values["response-cache"] ? (["uncached", "response-cache hit"] as const) : (["uncached"] as const);
const rows: Record<string, string | number>[] = [];
for (const path of paths) {
  const federation = await startFederation({
    env: { ...uncached, GATEWAY_RESPONSE_CACHE: String(path !== "uncached") },
  });
  try {
    for (const name of wanted) {
      const example = examples.find((candidate) => candidate.name === name);
      const body = JSON.stringify({ query: example?.query, operationName: name });
      const headers = { "content-type": "application/json" };
      const probe = (await (await fetch(federation.gatewayUrl, { method: "POST", headers, body })).json()) as {
        errors?: unknown[];
      };
      if (probe.errors) throw new Error(`${name} answers with errors: ${JSON.stringify(probe.errors)}`);

      const result = await autocannon({
        url: federation.gatewayUrl,
        method: "POST",
        headers,
        body,
        duration,
        connections,
      });
      rows.push({
        path,
        operation: name,
        "req/s": Math.round(result.requests.average),
        "p50 ms": result.latency.p50,
        "p97.5 ms": result.latency.p97_5,
        "p99 ms": result.latency.p99,
        requests: result.requests.total,
        "non-2xx": result.non2xx,
        errors: result.errors + result.timeouts,
      });
    }
  } finally {
    await federation.stop();
  }
}
console.log(
  `\nFederation benchmark: ${duration} s per operation, ${connections} connections, Node ${process.version}\n`,
);
console.table(rows);
