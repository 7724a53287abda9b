/**
 * Readiness: `GET /ready` is 200 when the supergraph is loaded and every subgraph it names answers its /health,
 * 503 otherwise or once the gateway drains (SIGTERM). The public body names each subgraph and its state, nothing
 * more; URLs and failure reasons go to the log. Probes are shared: callers within PROBE_CACHE_MS of a probe (or
 * while one is running) get its result, so a burst of /ready calls opens no more sockets than one.
 */
import type { DrainState } from "../../platform/drainState.js";
import type { Logger } from "../../platform/logger.js";
import type { SubgraphEndpoint } from "../supergraph/subgraphDirectory.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

const PROBE_TIMEOUT_MS = 2_000;
export const PROBE_CACHE_MS = 1_000;

export interface SubgraphHealth {
  name: string;
  status: "up" | "down";
}

/** A subgraph's liveness URL: /health at the origin of its GraphQL URL. */
export function healthUrlOf(graphqlUrl: string): string {
  return new URL("/health", graphqlUrl).toString();
}

async function probe(endpoint: SubgraphEndpoint, logger: Logger): Promise<SubgraphHealth> {
  const health = healthUrlOf(endpoint.url);
  let reason: string;
  try {
    const response = await fetch(health, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    await response.body?.cancel();
    if (response.ok) return { name: endpoint.name, status: "up" };
    reason = `HTTP ${response.status}`;
  } catch (error) {
    reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
  }
  logger.warn({ subgraph: endpoint.name, health, reason }, "subgraph not healthy");
  return { name: endpoint.name, status: "down" };
}

/** Probes every subgraph at most once per PROBE_CACHE_MS, however many callers ask. */
function sharedProbes(subgraphs: () => SubgraphEndpoint[], logger: Logger): () => Promise<SubgraphHealth[]> {
  let latest: { at: number; states: Promise<SubgraphHealth[]> } | undefined;
  return () => {
    const now = Date.now();
    if (!latest || now - latest.at >= PROBE_CACHE_MS) {
      const states = Promise.all(subgraphs().map((endpoint) => probe(endpoint, logger)));
      latest = { at: now, states };
      // A probe's age counts from when it finished, so a slow probe is not followed at once by another.
      states.finally(() => {
        if (latest?.states === states) latest.at = Date.now();
      });
    }
    return latest.states;
  };
}

export function readiness(subgraphs: () => SubgraphEndpoint[], drain: DrainState, logger: Logger): GatewayPlugin {
  let supergraphLoaded = false;
  let stopping = false;
  const probeAll = sharedProbes(subgraphs, logger);
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
        const states = await probeAll();
        const leaving = stopping || drain.draining;
        const ready = supergraphLoaded && !leaving && states.every((state) => state.status === "up");
        res.status(ready ? 200 : 503).json({
          status: ready ? "ready" : leaving ? "stopping" : "unavailable",
          supergraph: supergraphLoaded ? "loaded" : "not loaded",
          degraded: states.filter((state) => state.status === "down").map((state) => state.name),
          subgraphs: states,
        });
      });
    },
  };
}
