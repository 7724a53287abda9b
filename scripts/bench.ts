/**
 * Load benchmark: starts the federation exactly as `npm start` does, then drives registered operations through the
 * gateway with autocannon (bounded in time and connections, loopback only) and prints throughput and latency.
 *
 *   npm run bench                                   # default scenarios, 10 s each, 10 connections
 *   npm run bench -- --duration 5 --connections 20 --operation CountryProfile --operation Countries
 */
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { readOperationExamples } from "../gateway/playground/operationExamples.js";
import { createLogger } from "../platform/logger.js";
import { fromProjectRoot } from "../platform/projectRoot.js";
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

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    operation: { type: "string", multiple: true },
  },
});
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

const federation = await startFederation({ env: { LOG_LEVEL: "warn" } });
const rows: Record<string, string | number>[] = [];
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
console.log(
  `\nFederation benchmark: ${duration} s per operation, ${connections} connections, Node ${process.version}\n`,
);
console.table(rows);
