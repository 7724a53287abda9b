/** Liveness, readiness and HTTP edges of the gateway, against the real federation started as `npm start` does. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROBE_CACHE_MS } from "../../gateway/plugins/readiness.js";
import { startFederation, type TestFederation } from "../support/federation.js";
import { postGraphQL } from "../support/subgraphHarness.js";

interface ReadyBody {
  status: string;
  supergraph: string;
  subgraphs: { name: string; status: "up" | "down" }[];
}

let federation: TestFederation;
let origin: string;

async function ready(): Promise<{ status: number; body: ReadyBody; text: string }> {
  // Probes are shared for PROBE_CACHE_MS: wait that long so this call sees the present.
  await new Promise((resolve) => setTimeout(resolve, PROBE_CACHE_MS + 50));
  const response = await fetch(`${origin}/ready`);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as ReadyBody, text };
}

/** A registered operation the gateway plans through the given subgraph. */
/**
 * A registered operation that needs `service` at run time, found by its plan: a plan may name a subgraph for
 * fragments on types that never come back (Country.facts plans finance's fact types), so the one whose plan
 * starts at that subgraph's root fields, else any whose plan names it.
 */
async function exampleUsing(service: string): Promise<string> {
  const examples = (await (await fetch(`${origin}/playground/examples.json`)).json()) as { query: string }[];
  const named: string[] = [];
  for (const { query } of examples) {
    const response = await fetch(federation.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-query-plan-experimental": "1" },
      body: JSON.stringify({ query }),
    });
    const plan = ((await response.json()) as { extensions?: { __queryPlanExperimental?: string } }).extensions;
    const printed = plan?.__queryPlanExperimental ?? "";
    if (/^QueryPlan \{\s+(Sequence \{\s+)?Fetch\(service: "([a-z]+)"\)/.exec(printed)?.[2] === service) return query;
    if (printed.includes(`service: "${service}"`)) named.push(query);
  }
  if (named[0]) return named[0];
  throw new Error(`no registered operation uses ${service}`);
}

beforeAll(async () => {
  federation = await startFederation();
  origin = new URL(federation.gatewayUrl).origin;
});

afterAll(async () => {
  await federation?.stop();
});

describe("gateway health and readiness", () => {
  it("answers /health while the process serves HTTP", async () => {
    const response = await fetch(`${origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", service: "gateway" });
  });

  it("is ready when the supergraph is loaded and every subgraph answers its /health", async () => {
    const { status, body } = await ready();
    expect(status).toBe(200);
    expect(body.status).toBe("ready");
    expect(body.supergraph).toBe("loaded");
    expect(body.subgraphs.map((subgraph) => subgraph.name).sort()).toEqual(["diplomacy", "finance", "infrastructure"]);
    // Names and states only: internal addresses stay in the log.
    for (const subgraph of body.subgraphs) expect(subgraph).toEqual({ name: subgraph.name, status: "up" });
  });

  it("answers 503 naming the subgraph that is down, and recovers when it is back", async () => {
    const exit = await federation.stopService("finance");
    expect(exit.code).toBe(0);

    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.body.status).toBe("unavailable");
    const states = Object.fromEntries(down.body.subgraphs.map((subgraph) => [subgraph.name, subgraph.status]));
    expect(states).toEqual({ diplomacy: "up", infrastructure: "up", finance: "down" });
    expect(down.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|http:/);
    // Liveness is about the gateway process only.
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    // An operation that needs finance says so by name, with a stable code, without the subgraph's address.
    const answer = await postGraphQL(federation.gatewayUrl, await exampleUsing("finance"));
    expect(answer.errors?.[0]).toEqual({
      message: "The finance subgraph is unavailable.",
      path: [expect.any(String)],
      extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "finance" },
    });
    expect(JSON.stringify(answer)).not.toContain(federation.subgraphUrls.finance);

    await federation.startService("finance");
    expect((await ready()).status).toBe(200);
    expect(federation.unexpectedExits).toEqual([]);
  });
});

describe("gateway HTTP edges", () => {
  it("answers an unparseable body with a GraphQL error and a stable code, not a stack page", async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it("answers unknown paths with 404 NOT_FOUND", async () => {
    const response = await fetch(`${origin}/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ message: "Not found.", extensions: { code: "NOT_FOUND" } }] });
  });

  it("adds the query plan to extensions only when asked with Apollo-Query-Plan-Experimental", async () => {
    const query = JSON.stringify({ query: "{ article { id } }" });
    const headers = { "content-type": "application/json" };
    const plain = await fetch(federation.gatewayUrl, { method: "POST", headers, body: query });
    expect(((await plain.json()) as { extensions?: unknown }).extensions).toBeUndefined();

    const planned = await fetch(federation.gatewayUrl, {
      method: "POST",
      headers: { ...headers, "apollo-query-plan-experimental": "1" },
      body: query,
    });
    const body = (await planned.json()) as { data: unknown; extensions: { __queryPlanExperimental: string } };
    expect(body.data).toEqual({ article: { id: expect.any(String) } });
    expect(body.extensions.__queryPlanExperimental).toContain('Fetch(service: "diplomacy")');
  });

  it("serves the registered operations as playground examples", async () => {
    const response = await fetch(`${origin}/playground/examples.json`);
    const examples = (await response.json()) as { name: string; file: string; query: string }[];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(example.file).toMatch(/\.graphql$/);
      expect(example.query).toMatch(/\b(query|mutation|subscription)\b/);
    }
  });
});
