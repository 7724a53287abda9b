/**
 * Soak: the federation under steady load for a minute, to show memory does not grow with traffic. 50 connections
 * (by default) send the registered operations and a stream of distinct ~2 KB documents (each a new entry for every
 * per-document cache); each process's resident memory is read after a warm-up and at the end.
 * Target: 0 errors and every process ≤ 1.1× its post-warm-up RSS.
 */
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import type { OperationExample } from "../../gateway/playground/operationExamples.js";
import type { Federation } from "../federation/federation.js";
import { residentMiB } from "./processMemory.js";

export interface SoakOptions {
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
}

const SERVICES = ["gateway", "diplomacy", "infrastructure", "finance"] as const;

/** A document no cache has seen: a registered operation's text behind a fresh ~2 KB comment. */
function distinctDocument(example: OperationExample): string {
  return `# ${randomBytes(768).toString("base64")}\n${example.query}`;
}

function load(federation: Federation, examples: OperationExample[], seconds: number, connections: number) {
  let turn = 0;
  return autocannon({
    url: federation.gatewayUrl,
    method: "POST",
    headers: { "content-type": "application/json" },
    duration: seconds,
    connections,
    requests: [
      {
        setupRequest(request) {
          turn += 1;
          const example = examples[turn % examples.length] as OperationExample;
          // Every other request is a document never seen before.
          const query = turn % 2 === 0 ? distinctDocument(example) : example.query;
          return { ...request, body: JSON.stringify({ query, operationName: example.name }) };
        },
      },
    ],
  });
}

function memory(federation: Federation): Record<string, number> {
  return Object.fromEntries(SERVICES.map((name) => [name, residentMiB(federation.pid(name) as number)]));
}

export async function soak(federation: Federation, examples: OperationExample[], options: SoakOptions) {
  const warmup = await load(federation, examples, options.warmupSeconds, options.connections);
  const afterWarmup = memory(federation);
  const run = await load(federation, examples, options.durationSeconds, options.connections);
  const atEnd = memory(federation);
  const rows = SERVICES.map((name) => ({
    process: name,
    "RSS after warm-up (MiB)": afterWarmup[name],
    "RSS at end (MiB)": atEnd[name],
    ratio: Math.round(((atEnd[name] as number) / (afterWarmup[name] as number)) * 100) / 100,
  }));
  const errors = warmup.errors + warmup.timeouts + warmup.non2xx + run.errors + run.timeouts + run.non2xx;
  return { rows, requests: warmup.requests.total + run.requests.total, errors, rps: Math.round(run.requests.average) };
}
