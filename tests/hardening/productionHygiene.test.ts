/**
 * A production federation (NODE_ENV=production): only the gateway reaches subgraphs, errors tell clients nothing
 * internal (no stack, file path, SQL or internal URL) but carry a request id, introspection and batching are off,
 * CSRF prevention refuses simple POSTs, and every request is logged once with its id, at the gateway and at each subgraph it called.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/config.js";
import { type RunningGateway, startGateway } from "../../gateway/server.js";
import { createLogger } from "../../platform/logger.js";
import { type Federation, type ServiceName, startFederation } from "../../scripts/federation/federation.js";
import { signedHeaders } from "../support/signedRequest.js";
import { codesOf, type GatewayAnswer, post, request } from "./support/gatewayClient.js";

const SECRET = "production-hygiene-test-secret-0123456789";
const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Country { code name } } }`;
// What must never reach a client: stack frames, source paths, SQL, addresses of internal services.
const INTERNALS =
  /\bat .*\(|\.(ts|js):\d+|\/work\/|node_modules|SELECT |FROM |SQLITE|better-sqlite3|https?:\/\/(127\.0\.0\.1|10\.|localhost)|stacktrace|exception/i;

let federation: Federation;
const lines: { service: ServiceName; record: Record<string, unknown> }[] = [];

beforeAll(async () => {
  federation = await startFederation({
    env: {
      NODE_ENV: "production",
      GATEWAY_SHARED_SECRETS: SECRET,
      LOG_LEVEL: "info",
      GATEWAY_SUBGRAPH_TIMEOUT_MS: "3000",
    },
    buildPlayground: false,
    onLine: (service, line) => {
      if (line.startsWith("{")) lines.push({ service, record: JSON.parse(line) as Record<string, unknown> });
    },
  });
});

afterAll(async () => {
  await federation?.stop();
});

function expectNoInternals(answer: GatewayAnswer<unknown>): void {
  expect(answer.text).not.toMatch(INTERNALS);
}

/** Resolves once the process is gone and its parent has seen the exit. */
async function exited(pid: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function signedPost(url: string, payload: unknown, secret = SECRET) {
  const body = JSON.stringify(payload);
  return request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...signedHeaders({ secret, subgraph: "diplomacy", url, body }) },
    body,
  });
}

describe("direct access to a subgraph", () => {
  const representations = [{ __typename: "Country", code: "UY" }];

  it("refuses _entities without the gateway's signature, or with a wrong one", async () => {
    const unsigned = await post(federation.subgraphUrls.diplomacy, { query: ENTITIES, variables: { representations } });
    expect(unsigned.status).toBe(401);
    expect(codesOf(unsigned)).toEqual(["UNAUTHENTICATED"]);
    const forged = await signedPost(
      federation.subgraphUrls.diplomacy,
      { query: ENTITIES, variables: { representations } },
      "not-the-gateway-secret-0123456789",
    );
    expect(forged.status).toBe(403);
    expect(codesOf(forged)).toEqual(["FORBIDDEN"]);
  });

  it("serves _entities signed with the gateway's secret", async () => {
    const signed = await signedPost(federation.subgraphUrls.diplomacy, {
      query: ENTITIES,
      variables: { representations },
    });
    expect(signed.status).toBe(200);
    expect(signed.body.data).toEqual({ _entities: [{ code: "UY", name: "Uruguay" }] });
  });

  it("masks what a corrupt representation makes a resolver throw", async () => {
    // A key of the wrong shape reaches the reference resolver, its DataLoader and SQLite.
    const corrupt = await signedPost(federation.subgraphUrls.diplomacy, {
      query: ENTITIES,
      variables: { representations: [{ __typename: "Country", code: { $gt: "" } }] },
    });
    expect(corrupt.body.errors?.[0]).toMatchObject({
      message: "Internal server error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expectNoInternals(corrupt);
  });
});

describe("errors at the gateway", () => {
  it("names a subgraph killed in the middle of a request, and says nothing internal", async () => {
    const finance = federation.pid("finance") as number;
    process.kill(finance, "SIGSTOP"); // the request reaches finance and waits there…
    const pending = post(federation.gatewayUrl, {
      query: `{ region(handle: "latin-america") { name financialRisks { nodes { name } } } }`,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(finance, "SIGKILL"); // …until finance dies under it
    const answer = await pending;
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "finance" });
    expectNoInternals(answer);
    await exited(finance);
    await federation.startService("finance");
  });

  it("answers introspection, field suggestions and batches as refused", async () => {
    const introspection = await post(federation.gatewayUrl, { query: "{ __schema { types { name } } }" });
    expect(introspection.status).toBe(400);
    expect(codesOf(introspection)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const typo = await post(federation.gatewayUrl, { query: "{ articl { id } }" });
    expect(typo.text).not.toMatch(/Did you mean/);
    const batch = await post(federation.gatewayUrl, [{ query: "{ article { id } }" }]);
    expect(codesOf(batch)).toEqual(["BATCH_LIMIT_EXCEEDED"]);
  });

  it("keeps CSRF prevention where it protects something: simple POSTs need a preflight-forcing header", async () => {
    // GET runs queries only and the API reads no credentials: served without a header (see README, CSRF).
    const query = encodeURIComponent("{ article { id } }");
    const simpleGet = await request(`${federation.gatewayUrl}?query=${query}`);
    expect(simpleGet.status).toBe(200);
    const formPost = await request(federation.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ article { id } }" }),
    });
    expect(formPost.status).toBe(400);
    expect(formPost.text).toMatch(/CSRF/i);
    expect(codesOf(formPost)).toEqual(["BAD_REQUEST"]);
  });
});

describe("a subgraph that leaks its internals", () => {
  let leaky: Server;
  let gateway: RunningGateway;
  let mode: "html" | "graphql" = "html";

  beforeAll(async () => {
    // Stands in for a finance deployment with a bad error handler: stack, SQL and internal address in its answers.
    leaky = createServer((_req, res) => {
      const leak =
        "Error: SQLITE_ERROR: no such table: risks (SELECT * FROM risks) at Object.<anonymous> (/srv/app/finance/store.ts:12:5) http://10.0.0.12:4003/graphql";
      if (mode === "html") {
        res.writeHead(500, { "content-type": "text/html" }).end(`<pre>${leak}</pre>`);
      } else {
        res.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({
            data: { _entities: [null] },
            errors: [{ message: leak, path: ["_entities", 0], extensions: { exception: { stacktrace: [leak] } } }],
          }),
        );
      }
    });
    await new Promise<void>((resolve) => leaky.listen(0, "127.0.0.1", resolve));
    const config = readGatewayConfig({ NODE_ENV: "production", GATEWAY_SHARED_SECRETS: SECRET });
    gateway = await startGateway(
      {
        ...config,
        port: 0,
        subgraphUrls: {
          ...federation.subgraphUrls,
          finance: `http://127.0.0.1:${(leaky.address() as AddressInfo).port}/graphql`,
        },
      },
      createLogger("gateway", { LOG_LEVEL: "silent" }),
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    leaky?.close();
  });

  it.each(["html", "graphql"] as const)(
    "masks its %s error as INTERNAL_SERVER_ERROR with a request id",
    async (leak) => {
      mode = leak;
      const answer = await post(
        gateway.url,
        {
          query: `{ country(code: "UY") { name } region(handle: "latin-america") { financialRisks { nodes { name } } } }`,
        },
        { "x-request-id": `leak-${leak}` },
      );
      expect(answer.body.data?.country).toEqual({ name: "Uruguay" });
      expect(answer.body.errors?.[0]).toMatchObject({
        message: "Internal server error.",
        extensions: { code: "INTERNAL_SERVER_ERROR", serviceName: "finance", requestId: `leak-${leak}` },
      });
      expectNoInternals(answer);
    },
  );
});

describe("request ids and request logs", () => {
  const logged = (service: ServiceName, requestId: string) =>
    lines.filter((line) => line.service === service && line.record.requestId === requestId).map((line) => line.record);

  async function settled(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 300)); // log lines travel through the child's stdout
  }

  it("echoes a well-formed x-request-id, logs the request once and passes the id to each subgraph called", async () => {
    const answer = await post(
      federation.gatewayUrl,
      {
        query: `query Profile($code: CountryCode!) { country(code: $code) { name infrastructureProjects { nodes { name } } } }`,
        variables: { code: "UY", secretMarker: "do-not-log-me" },
      },
      { "x-request-id": "client-req.42" },
    );
    expect(answer.headers.get("x-request-id")).toBe("client-req.42");
    await settled();
    const [line, ...more] = logged("gateway", "client-req.42");
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      msg: "graphql request",
      operationName: "Profile",
      status: 200,
      outcome: "ok",
      subgraphs: ["diplomacy", "infrastructure"],
      durationMs: expect.any(Number),
    });
    expect(JSON.stringify(line)).not.toContain("do-not-log-me");
    expect(logged("diplomacy", "client-req.42")).toHaveLength(1);
    expect(logged("infrastructure", "client-req.42")).toHaveLength(1);
    expect(logged("finance", "client-req.42")).toEqual([]);
  });

  it("replaces a malformed or oversized id with a generated one, also for refused requests", async () => {
    for (const given of ["has spaces", "x".repeat(129), 'quote"d']) {
      const answer = await post(federation.gatewayUrl, { query: "{ article { id } }" }, { "x-request-id": given });
      const id = answer.headers.get("x-request-id");
      expect(id).not.toBe(given);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const refused = await post(federation.gatewayUrl, { query: "{ article { id " });
    const id = refused.headers.get("x-request-id") as string;
    await settled();
    expect(logged("gateway", id)).toEqual([expect.objectContaining({ status: 400, outcome: "error" })]);
  });
});
