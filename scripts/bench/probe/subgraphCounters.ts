/**
 * Preloaded into a subgraph by the bench (`node --import tsx --import <this> <entry>`), never by `npm start`:
 * counts the SQL statements the subgraph executes and the GraphQL requests it receives, and reports both when the
 * bench asks over the IPC channel. Nothing of the subgraph itself changes.
 */
import { subscribe } from "node:diagnostics_channel";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Database = require("better-sqlite3") as typeof import("better-sqlite3");

export interface SubgraphCounters {
  statements: number;
  graphqlRequests: number;
}

const counters: SubgraphCounters = { statements: 0, graphqlRequests: 0 };

const probeDb = new Database(":memory:");
const statementPrototype = Object.getPrototypeOf(probeDb.prepare("select 1")) as Record<string, unknown>;
probeDb.close();
for (const method of ["run", "get", "all", "iterate"]) {
  const original = statementPrototype[method] as (...args: unknown[]) => unknown;
  statementPrototype[method] = function counted(this: unknown, ...args: unknown[]) {
    counters.statements++;
    return original.apply(this, args);
  };
}

subscribe("http.server.request.start", (message) => {
  const { request } = message as { request: { url?: string; method?: string } };
  if (request.method === "POST" && request.url?.startsWith("/graphql")) counters.graphqlRequests++;
});

process.on("message", (message) => {
  if (message === "counters") process.send?.({ counters });
});
// The IPC channel must not keep a stopping subgraph alive.
process.channel?.unref();
