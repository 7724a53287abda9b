/**
 * Run as `node --expose-gc --import tsx cacheHeapProbe.ts <documents|plans> <MiB>`: fills one of the gateway's
 * document caches, bounded at <MiB>, with three times as many distinct entries (registered operations behind fresh
 * comments, as a stream of new documents would) and prints the heap the full cache holds after a full collection.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { QueryPlanner } from "@apollo/query-planner";
import { parse } from "graphql";
import { readOperationExamples } from "../../../gateway/playground/operationExamples.js";
import { documentCaches } from "../../../gateway/supergraph/documentCaches.js";
import { createLogger } from "../../../platform/logger.js";
import { fromProjectRoot } from "../../../platform/projectRoot.js";

const [kind, mib] = process.argv.slice(2);
const boundMb = Number(mib);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || (kind !== "documents" && kind !== "plans") || !(boundMb > 0)) {
  console.error("usage: node --expose-gc --import tsx cacheHeapProbe.ts <documents|plans> <MiB>");
  process.exit(2);
}

const examples = readOperationExamples(
  fromProjectRoot("schema", "operations"),
  createLogger("probe", { LOG_LEVEL: "silent" }),
);
const supergraph = Supergraph.build(readFileSync(fromProjectRoot("schema", "supergraph.graphql"), "utf8"));
const planner = new QueryPlanner(supergraph);
const apiSchema = supergraph.apiSchema();
const caches = documentCaches({ documentsMb: boundMb, queryPlansMb: boundMb, persistedQueriesMb: 1 });

const store = kind === "documents" ? caches.documentStore : caches.queryPlanStore;

function entry(index: number) {
  const example = examples[index % examples.length] as (typeof examples)[number];
  const document = parse(`# ${randomBytes(768).toString("base64")}\n${example.query}`);
  if (kind === "documents") return document;
  return planner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName: example.name }));
}

// The planner's own structures grow on first use: warm them up, so the heap measured is what the cache holds.
for (let index = 0; index < examples.length; index += 1) entry(index);
gc();
const before = process.memoryUsage().heapUsed;
// Fill until the first entry is evicted, then as many again: the cache is full and has turned over.
let inserted = 0;
while (inserted === 0 || store.keys().includes("entry-0")) {
  await store.set(`entry-${inserted}`, entry(inserted) as never);
  inserted += 1;
}
for (let extra = inserted; extra > 0; extra -= 1) {
  await store.set(`entry-${inserted}`, entry(inserted) as never);
  inserted += 1;
}
gc();
const heldMb = (process.memoryUsage().heapUsed - before) / (1024 * 1024);
const kept = store.keys().length;
console.log(JSON.stringify({ inserted, kept, heldMb }));
