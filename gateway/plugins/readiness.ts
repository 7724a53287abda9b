/**
 * Readiness: `GET /ready` is 200 when the supergraph is loaded and every subgraph it names answers its /health,
 * 503 otherwise; the body lists each subgraph's state and names the `degraded` ones, so an operator sees which is
 * down. The gateway keeps serving while degraded: operations get what the other subgraphs answer.
 */
import type { SubgraphEndpoint } from "../supergraph/subgraphDirectory.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

const PROBE_TIMEOUT_MS = 2_000;

export interface SubgraphHealth {
  name: string;
  url: string;
  health: string;
  status: "up" | "down";
  reason?: string;
}

/** A subgraph's liveness URL: /health at the origin of its GraphQL URL. */
export function healthUrlOf(graphqlUrl: string): string {
  return new URL("/health", graphqlUrl).toString();
}

async function probe(endpoint: SubgraphEndpoint): Promise<SubgraphHealth> {
  const health = healthUrlOf(endpoint.url);
  try {
    const response = await fetch(health, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok
      ? { ...endpoint, health, status: "up" }
      : { ...endpoint, health, status: "down", reason: `HTTP ${response.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ...endpoint, health, status: "down", reason: cause ?? (error as Error).message };
  }
}

export function readiness(subgraphs: () => SubgraphEndpoint[]): GatewayPlugin {
  let supergraphLoaded = false;
  let stopping = false;
  return {
    name: "readiness",
    apollo: {
      async serverWillStart() {
        return {
          schemaDidLoadOrUpdate() {
            supergraphLoaded = true;
          },
          async serverWillStop() {
            stopping = true;
          },
        };
      },
    },
    routes(app) {
      app.get("/ready", async (_req, res) => {
        const states = await Promise.all(subgraphs().map(probe));
        const ready = supergraphLoaded && !stopping && states.every((state) => state.status === "up");
        res.status(ready ? 200 : 503).json({
          status: ready ? "ready" : stopping ? "stopping" : "unavailable",
          supergraph: supergraphLoaded ? "loaded" : "not loaded",
          degraded: states.filter((state) => state.status === "down").map((state) => state.name),
          subgraphs: states,
        });
      });
    },
  };
}
