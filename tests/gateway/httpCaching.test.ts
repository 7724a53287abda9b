/**
 * HTTP caching against the running federation (internal variant, so the uncacheable `dataFile` can be selected):
 * subgraph hints combined into one header, public only for GET queries, ETag and 304, and the in-memory response
 * cache answering repeats without calling any subgraph (counted in the subgraphs' own request logs).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResponseStore } from "../../gateway/caching/responseStore.js";
import { responseCache } from "../../gateway/plugins/responseCache.js";
import { post, request } from "../hardening/support/gatewayClient.js";
import { startFederation, type TestFederation } from "../support/federation.js";

const PROFILE = `query Profile($code: CountryCode!) { country(code: $code) { code name infrastructureProjects { nodes { name } } } }`;
const WITH_DATA_FILE = `{ country(code: "UY") { code name infrastructureProjects { nodes { name dataFile } } } }`;

let federation: TestFederation;
/** Request ids each service logged a request for. */
const requestsSeen = new Map<string, { service: string; responseCache?: string; subgraphs?: string[] }[]>();

beforeAll(async () => {
  federation = await startFederation({
    env: { LOG_LEVEL: "info", GATEWAY_SCHEMA_VARIANT: "internal" },
    onLine(service, line) {
      let entry: { requestId?: string; msg?: string; responseCache?: string; subgraphs?: string[] };
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg !== "graphql request" || !entry.requestId) return;
      const seen = requestsSeen.get(entry.requestId) ?? [];
      seen.push({ service, responseCache: entry.responseCache, subgraphs: entry.subgraphs });
      requestsSeen.set(entry.requestId, seen);
    },
  });
});
afterAll(() => federation?.stop());

function getUrl(query: string, variables?: Record<string, unknown>): string {
  const url = new URL(federation.gatewayUrl);
  url.searchParams.set("query", query);
  if (variables) url.searchParams.set("variables", JSON.stringify(variables));
  return url.toString();
}

/** Log lines arrive shortly after the response. */
async function logsOf(requestId: string, services: number): Promise<{ service: string; responseCache?: string }[]> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const seen = requestsSeen.get(requestId) ?? [];
    if (seen.length >= services) return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return requestsSeen.get(requestId) ?? [];
}

describe("Cache-Control from the subgraphs' hints", () => {
  it("a GET query over two subgraphs is public for the facts' 300 s, with an ETag and Vary", async () => {
    const answer = await request(getUrl(PROFILE, { code: "CL" }));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.headers.get("cache-control")).toBe("public, max-age=300");
    expect(answer.headers.get("etag")).toMatch(/^W\/".+"$/);
    expect(answer.headers.get("vary")).toContain("accept");
  });

  it("the most restrictive subgraph wins: selecting the uncacheable dataFile makes the whole answer no-store", async () => {
    const answer = await request(getUrl(WITH_DATA_FILE));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("a POST never gets a public header, even for the same query", async () => {
    const answer = await post(federation.gatewayUrl, { query: PROFILE, variables: { code: "CL" } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    // Nothing revalidates a POST: it is sent with its exact length and no ETag.
    expect(answer.headers.get("etag")).toBeNull();
    expect(Number(answer.headers.get("content-length"))).toBe(Buffer.byteLength(answer.text));
  });

  it("errors are not cacheable", async () => {
    const answer = await request(getUrl('{ country(code: "UY") { population } }'));
    expect(answer.status).toBe(400);
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("a matching If-None-Match gets 304 without a body; a stale one gets the answer", async () => {
    const url = getUrl(PROFILE, { code: "EC" });
    const first = await request(url);
    const etag = first.headers.get("etag") as string;
    // What a browser cache sends when it revalidates (fetch() adds `no-cache` to a bare If-None-Match).
    const revalidate = { "cache-control": "max-age=0" };
    const again = await request(url, { headers: { ...revalidate, "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    const stale = await request(url, { headers: { ...revalidate, "if-none-match": 'W/"stale"' } });
    expect(stale.status).toBe(200);
    expect(stale.body).toEqual(first.body);
  });
});

describe("full-response cache", () => {
  it("a repeated query is answered from memory: no subgraph sees the second request", async () => {
    const url = getUrl(PROFILE, { code: "BO" });
    const miss = await request(url, { headers: { "x-request-id": "cache-miss-1" } });
    const hit = await request(url, { headers: { "x-request-id": "cache-hit-1" } });
    expect(hit.body).toEqual(miss.body);
    expect(hit.headers.get("age")).toMatch(/^\d+$/);
    expect(hit.headers.get("cache-control")).toBe("public, max-age=300");

    const missLogs = await logsOf("cache-miss-1", 3);
    expect(missLogs.map((entry) => entry.service).sort()).toEqual(["diplomacy", "gateway", "infrastructure"]);
    expect(missLogs.find((entry) => entry.service === "gateway")?.responseCache).toBe("miss");
    const hitLogs = await logsOf("cache-hit-1", 1);
    await new Promise((resolve) => setTimeout(resolve, 300)); // room for a subgraph line that must not come
    expect(requestsSeen.get("cache-hit-1")).toEqual([{ service: "gateway", responseCache: "hit", subgraphs: [] }]);
    expect(hitLogs).toHaveLength(1);
  });

  it("keys on variables and serves POSTs from memory too, without a public header", async () => {
    await post(federation.gatewayUrl, { query: PROFILE, variables: { code: "CO" } });
    const other = await post(federation.gatewayUrl, { query: PROFILE, variables: { code: "UY" } });
    expect(other.headers.get("age")).toBeNull();
    expect((other.body.data as { country: { code: string } }).country.code).toBe("UY");
    const repeat = await post(federation.gatewayUrl, { query: PROFILE, variables: { code: "CO" } });
    expect(repeat.headers.get("age")).toMatch(/^\d+$/);
    expect(repeat.headers.get("cache-control")).toBe("no-store");
  });

  it("never keeps an uncacheable answer", async () => {
    await request(getUrl(WITH_DATA_FILE));
    const again = await request(getUrl(WITH_DATA_FILE));
    expect(again.headers.get("age")).toBeNull();
  });
});

describe("response store", () => {
  it("is emptied when the gateway loads a new supergraph", async () => {
    const store = new ResponseStore(10);
    await store.set("key", "value", { ttl: 60 });
    const plugin = responseCache({ variant: "public", queryPlan: false }, store);
    const listener = await plugin.apollo?.serverWillStart?.({} as never);
    expect(await store.get("key")).toBe("value");
    listener?.schemaDidLoadOrUpdate?.({} as never);
    expect(await store.get("key")).toBeUndefined();
  });

  it("expires entries after their TTL and drops the oldest beyond its size", async () => {
    const store = new ResponseStore(2);
    await store.set("a", "1", { ttl: 60 });
    await store.set("b", "2", { ttl: 60 });
    await store.set("c", "3", { ttl: 60 });
    expect(await store.get("a")).toBeUndefined();
    expect(await store.get("c")).toBe("3");
    await store.set("d", "4", { ttl: 0 });
    expect(await store.get("d")).toBeUndefined();
  });
});
