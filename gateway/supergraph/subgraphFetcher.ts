/**
 * The HTTP client the gateway calls subgraphs with: undici, one pool of keep-alive connections per subgraph origin
 * (no TCP handshake per request, no per-request agent or stream plumbing), and a deadline per request, so a hung
 * subgraph costs at most GATEWAY_SUBGRAPH_TIMEOUT_MS; at the deadline the request is aborted and its connection
 * closed. Answers are read whole under that deadline and handed over in memory (`BufferedResponse`).
 * `npm run bench -- --compare` measured undici at about 0.9× the gateway CPU per request of node-fetch with a
 * keep-alive agent (docs/performance.md).
 */
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import { Pool } from "undici";
import { BufferedResponse } from "./bufferedResponse.js";

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

interface Target {
  pool: Pool;
  path: string;
}

function* headerPairs(headers: Record<string, string | string[] | undefined>): Iterable<[string, string]> {
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) yield [name, Array.isArray(value) ? value.join(", ") : value];
  }
}

export function subgraphFetcher({ timeoutMs, maxSockets }: SubgraphFetcherOptions): Fetcher {
  const targets = new Map<string, Target>();
  const targetOf = (url: string): Target => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = {
        pool: new Pool(parsed.origin, { connections: maxSockets }),
        path: `${parsed.pathname}${parsed.search}`,
      };
      targets.set(url, target);
    }
    return target;
  };
  return async (url, init = {}) => {
    const { pool, path } = targetOf(url);
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      const response = await pool.request({
        path,
        method: (init.method ?? "POST") as "POST",
        headers: init.headers as Record<string, string>,
        body: typeof init.body === "string" ? init.body : init.body?.toString(),
        signal: deadline,
      });
      // Read the body under the same deadline: a subgraph may send headers and then stall.
      const text = await response.body.text();
      return new BufferedResponse(text, { status: response.statusCode, headers: headerPairs(response.headers), url });
    } catch (error) {
      if (deadline.aborted) throw new SubgraphTimeoutError(timeoutMs);
      throw error;
    }
  };
}
