/** A subgraph's front door: signature checked over the raw body before parsing, JSON errors only, no replays. */
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SIGNATURE_WINDOW, SIGNATURE_HEADER, verifyRequest } from "../../../platform/gatewaySignature.js";
import { ReplayCache } from "../../../platform/replayCache.js";
import { REQUEST_ID_HEADER } from "../../../platform/requestIdHeader.js";
import { buildDiplomacySchema } from "../../../subgraphs/diplomacy/schema.js";
import { openDiplomacyStore } from "../../../subgraphs/diplomacy/store/diplomacyStore.js";
import { signedHeaders } from "../../support/signedRequest.js";
import { startTestSubgraph } from "../../support/subgraphHarness.js";

const current = "current-secret-0123456789";
const previous = "previous-secret-0123456789";
const logLines: string[] = [];
const logger = pino(
  { level: "info" },
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).trim().split("\n"));
      done();
    },
  }),
);
let subgraph: Awaited<ReturnType<typeof startDiplomacy>>;
const startDiplomacy = () =>
  startTestSubgraph("diplomacy", buildDiplomacySchema, openDiplomacyStore, [current, previous], {
    logger: logger as never,
  });

beforeAll(async () => {
  subgraph = await startDiplomacy();
});
afterAll(async () => {
  await subgraph.stop();
});

const entitiesBody = JSON.stringify({
  query: "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { name } } }",
  variables: { r: [{ __typename: "Country", code: "UY" }] },
});

function post(body: string, headers: Record<string, string> = {}, url = subgraph.url) {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

function signed(overrides: Partial<Parameters<typeof signedHeaders>[0]> = {}) {
  return signedHeaders({ secret: current, subgraph: "diplomacy", url: subgraph.url, body: entitiesBody, ...overrides });
}

async function codeOf(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return body.errors?.[0]?.extensions.code;
}

/** What no error answer may hold: a stack, a file path, the name of the library that failed. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\bat \w|\/work\/|node_modules|[A-Za-z]:\\|body-parser|express|SyntaxError|<html|<pre/i);
}

describe("a subgraph's front door", () => {
  it("refuses an unsigned _entities request before executing it", async () => {
    subgraph.store.resetExecuted();
    const response = await post(entitiesBody);
    expect(response.status).toBe(401);
    expect(await codeOf(response)).toBe("UNAUTHENTICATED");
    expect(subgraph.store.executed).toEqual([]);
  });

  it("checks the signature before parsing: an unsigned malformed body is refused as unsigned, in JSON", async () => {
    const response = await post('{"query":');
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const text = await response.text();
    expectNoInternals(text);
    expect(JSON.parse(text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("answers a signed malformed body, an oversized one, and an unknown path in JSON without internals", async () => {
    const malformed = '{"query":';
    const cases: [Response, number, string][] = [
      [await post(malformed, signed({ body: malformed })), 400, "BAD_REQUEST"],
      [await post("x".repeat(3 * 1024 * 1024)), 413, "BAD_REQUEST"],
      [await fetch(new URL("/nowhere", subgraph.url)), 404, "NOT_FOUND"],
    ];
    for (const [response, status, code] of cases) {
      expect(response.status).toBe(status);
      const text = await response.text();
      expectNoInternals(text);
      expect(JSON.parse(text).errors[0].extensions.code).toBe(code);
    }
  });

  it("logs each refusal as one JSON line", async () => {
    logLines.length = 0;
    await post('{"query":');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) expect(() => JSON.parse(line)).not.toThrow();
    expect(logLines.map((line) => JSON.parse(line).msg)).toContain("request refused");
  });

  it("refuses an unknown secret, another body, another path, another request id and a garbage header", async () => {
    const forged = await post(entitiesBody, signed({ secret: "attacker-secret-0123456789" }));
    expect(forged.status).toBe(403);
    const otherBody = await post(entitiesBody.replace("UY", "BR"), signed());
    expect(otherBody.status).toBe(403);
    const otherPath = await post(entitiesBody, signed({ url: `${subgraph.url}?x=1` }));
    expect(otherPath.status).toBe(403);
    const otherMethod = await post(entitiesBody, signed({ method: "GET" }));
    expect(otherMethod.status).toBe(403);
    const otherId = await post(entitiesBody, { ...signed(), [REQUEST_ID_HEADER]: "another-request-id" });
    expect(otherId.status).toBe(403);
    const garbage = await post(entitiesBody, { [SIGNATURE_HEADER]: "t=1,v1=zz" });
    expect(garbage.status).toBe(403);
    expect(await codeOf(garbage)).toBe("FORBIDDEN");
  });

  it("refuses a request signed for another subgraph", async () => {
    const forFinance = await post(entitiesBody, signed({ subgraph: "finance" }));
    expect(forFinance.status).toBe(403);
  });

  it("serves a signed request once: the same signature again is a replay", async () => {
    const headers = signed();
    const first = await post(entitiesBody, headers);
    expect(first.status).toBe(200);
    const again = await post(entitiesBody, headers);
    expect(again.status).toBe(403);
    expect(await again.text()).toContain("replayed");
  });

  it("accepts 30 s of age and 5 s of future skew by default, no more", async () => {
    const now = Date.now();
    const cases: [number, number][] = [
      [now - 25_000, 200],
      [now - 31_000, 403],
      [now + 4_000, 200],
      [now + 6_000, 403],
    ];
    for (const [timestamp, status] of cases) {
      expect((await post(entitiesBody, signed({ now: timestamp }))).status, String(timestamp - now)).toBe(status);
    }
  });

  it("serves requests signed with the current or the previous secret (rotation)", async () => {
    for (const secret of [current, previous]) {
      const response = await post(entitiesBody, signed({ secret }));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { _entities: [{ name: "Uruguay" }] } });
    }
  });

  it("keeps health and readiness open, with nosniff and framing protection", async () => {
    const origin = new URL(subgraph.url).origin;
    for (const path of ["/health", "/ready"]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });
});

describe("signature windows and the replay cache", () => {
  const request = { method: "POST", target: "/graphql", subgraph: "diplomacy", requestId: "r1", body: "{}" };
  const headerAt = (now: number) =>
    signedHeaders({ secret: current, subgraph: "diplomacy", url: "http://h/graphql", body: "{}", now });

  it("takes a configured window", () => {
    const policy = { secrets: [current], maxAgeMs: 2_000, maxFutureSkewMs: 0, replays: new ReplayCache(1_000) };
    const now = Date.now();
    const old = headerAt(now - 3_000);
    expect(
      verifyRequest(policy, old[SIGNATURE_HEADER], { ...request, requestId: old[REQUEST_ID_HEADER] }, now),
    ).toMatchObject({ valid: false, reason: "expired gateway signature" });
    const ahead = headerAt(now + 1_000);
    expect(
      verifyRequest(policy, ahead[SIGNATURE_HEADER], { ...request, requestId: ahead[REQUEST_ID_HEADER] }, now),
    ).toMatchObject({ valid: false, reason: "gateway signature from the future" });
  });

  it("holds at most its bound, forgets expired entries, and refuses rather than forget a live one", () => {
    const cache = new ReplayCache(2);
    expect(cache.admit("a", 100, 0)).toBe("fresh");
    expect(cache.admit("a", 100, 1)).toBe("replayed");
    expect(cache.admit("b", 200, 2)).toBe("fresh");
    expect(cache.admit("c", 300, 3)).toBe("full");
    expect(cache.admit("c", 300, 150)).toBe("fresh");
    expect(cache.size).toBe(2);
    expect(DEFAULT_SIGNATURE_WINDOW).toEqual({ maxAgeMs: 30_000, maxFutureSkewMs: 5_000 });
  });
});
