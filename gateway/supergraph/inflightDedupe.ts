/**
 * Merges identical subgraph queries that are in flight at the same moment into one HTTP request, whose answer every
 * caller receives (Hive Gateway's `deduplicateInflightRequests`). Under concurrent traffic for the same operation
 * this saves whole subgraph round trips. Only queries are merged, never mutations; requests differing in anything
 * but their request id (URL, body, other headers) are sent separately. A merged request carries the request id of
 * the caller that started it.
 */
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import fetch from "node-fetch";
import { REQUEST_ID_HEADER } from "../../platform/requestIdHeader.js";

type Fetcher = RemoteGraphQLDataSource["fetcher"];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

interface SettledResponse {
  text: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  url: string;
}

// The data source sends `{"query":"<operation>",…}`; a subgraph fetch for a query starts with `query` or `{`.
const QUERY_BODY = /^\{"query":"\s*(?:query\b|\{)/;

function keyOf(url: string, init: Parameters<Fetcher>[1]): string | undefined {
  const body = init?.body;
  if (typeof body !== "string" || !QUERY_BODY.test(body)) return undefined;
  const headers = Object.entries((init?.headers ?? {}) as Record<string, string>)
    .filter(([name]) => name.toLowerCase() !== REQUEST_ID_HEADER)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${url}\n${JSON.stringify(headers)}\n${body}`;
}

async function settle(response: FetcherResponse): Promise<SettledResponse> {
  return {
    text: await response.text(),
    status: response.status,
    statusText: response.statusText,
    headers: Object.fromEntries(response.headers),
    url: response.url,
  };
}

export function dedupeInflight(send: Fetcher): Fetcher {
  const inflight = new Map<string, Promise<SettledResponse>>();
  return async (url, init) => {
    const key = keyOf(url, init);
    if (key === undefined) return send(url, init);
    let shared = inflight.get(key);
    if (!shared) {
      shared = send(url, init).then(settle);
      inflight.set(key, shared);
      const forget = () => inflight.delete(key);
      shared.then(forget, forget);
    }
    const { text, ...meta } = await shared;
    return new fetch.Response(text, meta) as unknown as FetcherResponse;
  };
}
