/**
 * The HTTP client the gateway calls subgraphs with: pooled keep-alive connections (no TCP/TLS handshake per
 * request) and a deadline per request, so a hung subgraph costs at most GATEWAY_SUBGRAPH_TIMEOUT_MS.
 * node-fetch 2 is the client @apollo/gateway itself is built on (its Request/Headers types).
 */
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import fetch from "node-fetch";

type Fetcher = RemoteGraphQLDataSource["fetcher"];

export interface SubgraphFetcherOptions {
  timeoutMs: number;
  maxSockets: number;
}

export class SubgraphTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = "SubgraphTimeoutError";
  }
}

export function subgraphFetcher({ timeoutMs, maxSockets }: SubgraphFetcherOptions): Fetcher {
  const pool = { keepAlive: true, maxSockets, maxFreeSockets: Math.min(maxSockets, 16), scheduling: "lifo" as const };
  const http = new HttpAgent(pool);
  const https = new HttpsAgent(pool);
  return async (url, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(url, {
        ...init,
        signal: deadline,
        agent: (target) => (target.protocol === "https:" ? https : http),
      });
      // Read the body under the same deadline: a subgraph may send headers and then stall.
      const text = await response.text();
      return new fetch.Response(text, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        url: response.url,
      }) as unknown as Awaited<ReturnType<Fetcher>>;
    } catch (error) {
      if (deadline.aborted) throw new SubgraphTimeoutError(timeoutMs);
      throw error;
    }
  };
}
