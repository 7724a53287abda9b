/**
 * Merges identical subgraph queries that are in flight at the same moment into one HTTP request, whose answer every
 * caller receives (Hive Gateway's `deduplicateInflightRequests`). Under concurrent traffic for the same operation
 * this saves whole subgraph round trips. Only queries are merged, never mutations.
 *
 * Requests are the same when everything that can change the answer is: the subgraph URL, the body (query, variables,
 * operation name) and every header but those that only say who asked and where in whose trace (`x-request-id`,
 * W3C `traceparent`/`tracestate`), which differ on every request. A merged request carries the request id and trace
 * context of the caller that started it (the leader). With tracing on, each caller keeps its own `subgraph <name>`
 * span: a follower's lasts until the shared answer arrives, carries `gateway.subgraph.deduplicated: true` and a
 * link to the leader's span, and has no subgraph spans under it (the subgraph ran once, in the leader's trace); the
 * leader's span counts its followers in `gateway.subgraph.followers`.
 */
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { Span } from "@opentelemetry/api";
import { REQUEST_ID_HEADER } from "../../platform/requestIdHeader.js";
import { activeSpan, linkActiveSpan } from "../../platform/telemetry/tracing.js";
import { BufferedResponse } from "./bufferedResponse.js";

type Fetcher = RemoteGraphQLDataSource["fetcher"];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

interface SettledResponse {
  text: string;
  status: number;
  headers: [string, string][];
  url: string;
}

interface InflightRequest {
  answer: Promise<SettledResponse>;
  /** The leader's fetch span, while tracing is on. */
  leaderSpan: Span | undefined;
  followers: number;
}

// The data source sends `{"query":"<operation>",…}`; a subgraph fetch for a query starts with `query` or `{`.
const QUERY_BODY = /^\{"query":"\s*(?:query\b|\{)/;

/** Headers that differ on every request without changing the answer. */
const PER_REQUEST_HEADERS = new Set([REQUEST_ID_HEADER, "traceparent", "tracestate"]);

export function dedupeKey(url: string, init: Parameters<Fetcher>[1]): string | undefined {
  const body = init?.body;
  if (typeof body !== "string" || !QUERY_BODY.test(body)) return undefined;
  const headers = Object.entries((init?.headers ?? {}) as Record<string, string>)
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => !PER_REQUEST_HEADERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${url}\n${JSON.stringify(headers)}\n${body}`;
}

async function settle(response: FetcherResponse): Promise<SettledResponse> {
  return {
    text: await response.text(),
    status: response.status,
    headers: [...response.headers],
    url: response.url,
  };
}

export function dedupeInflight(send: Fetcher): Fetcher {
  const inflight = new Map<string, InflightRequest>();
  return async (url, init) => {
    const key = dedupeKey(url, init);
    if (key === undefined) return send(url, init);
    let shared = inflight.get(key);
    if (shared) {
      shared.followers += 1;
      shared.leaderSpan?.setAttribute("gateway.subgraph.followers", shared.followers);
      linkActiveSpan(shared.leaderSpan?.spanContext(), { "gateway.subgraph.deduplicated": true });
    } else {
      const request: InflightRequest = {
        answer: send(url, init).then(settle),
        leaderSpan: activeSpan(),
        followers: 0,
      };
      shared = request;
      inflight.set(key, request);
      const forget = () => inflight.delete(key);
      request.answer.then(forget, forget);
    }
    const { text, ...answer } = await shared.answer;
    return new BufferedResponse(text, answer);
  };
}
