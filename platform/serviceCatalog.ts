/**
 * The services of this federation, one home for what several of them share: each subgraph's name and default port,
 * the gateway's and the router signer's ports, the GraphQL path, the environment variables derived from names, and
 * the telemetry opt-out.
 */
import { type Env, readUrl } from "./env.js";

/** The subgraphs the gateway joins, in composition order, with the port each listens on by default. */
export const SUBGRAPHS = [
  { name: "diplomacy", defaultPort: 4001 },
  { name: "infrastructure", defaultPort: 4002 },
  { name: "finance", defaultPort: 4003 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]["name"];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((subgraph) => subgraph.name);

export const GATEWAY_DEFAULT_PORT = 4000;
export const SIGNER_DEFAULT_PORT = 4010;

/**
 * Each service's V8 heap limit in MiB. `npm start` passes it as --max-old-space-size (unless NODE_OPTIONS sets one),
 * and docker-compose.yml sets the same with a container memory limit a third above it, so V8 collects garbage
 * before memory grows past what the service needs, instead of growing lazily up to the machine's default limit.
 */
export function heapLimitMiB(service: SubgraphName | "gateway"): number {
  // The gateway's live heap is about 55 MiB under load, but it allocates fast: at 192 MiB V8 ran a full collection
  // about every second and the gateway spent a third more CPU per request (docs/performance.md).
  return service === "gateway" ? 512 : 144;
}

/** Where every service (gateway and subgraphs) serves GraphQL. */
export const GRAPHQL_PATH = "/graphql";

export function defaultPortOf(name: SubgraphName): number {
  return SUBGRAPHS.find((subgraph) => subgraph.name === name)?.defaultPort as number;
}

/** Environment variable holding a service's port (e.g. DIPLOMACY_PORT, GATEWAY_PORT). */
export function portVariable(name: string): string {
  return `${name.toUpperCase()}_PORT`;
}

/** Environment variable holding the port a service serves Prometheus /metrics on (e.g. GATEWAY_METRICS_PORT). */
export function metricsPortVariable(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_METRICS_PORT`;
}

/** Environment variable holding the URL the gateway (or the router signer) calls a subgraph at (e.g. FINANCE_URL). */
export function urlVariable(name: SubgraphName): string {
  return `${name.toUpperCase()}_URL`;
}

/** Environment variable holding a subgraph's SQLite database path (e.g. FINANCE_DB_PATH). */
export function databasePathVariable(name: SubgraphName): string {
  return `${name.toUpperCase()}_DB_PATH`;
}

/** Environment variable naming another folder of a subgraph's data files (e.g. FINANCE_DATA_DIR; the bench's synthetic data). */
export function dataDirVariable(name: SubgraphName): string {
  return `${name.toUpperCase()}_DATA_DIR`;
}

/** A GraphQL endpoint on this host at `port`. */
export function localGraphqlUrl(port: number): string {
  return `http://127.0.0.1:${port}${GRAPHQL_PATH}`;
}

/** `<NAME>_URL` of every subgraph: where the gateway (or the router signer) calls it. */
export function readSubgraphUrls(env: Env): Record<SubgraphName, string> {
  return Object.fromEntries(
    SUBGRAPHS.map(({ name, defaultPort }) => [name, readUrl(env, urlVariable(name), localGraphqlUrl(defaultPort))]),
  ) as Record<SubgraphName, string>;
}

/** @apollo/gateway reports anonymous usage unless told not to; every service of this federation stays on its host. */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED ??= "1";
}
