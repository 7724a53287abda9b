/** The router's signing sidecar in front of a real subgraph that accepts only signed requests. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignerConfig } from "../../deploy/signer/signerConfig.js";
import { type RunningSigner, startSigningProxy } from "../../deploy/signer/signingProxy.js";
import { createLogger } from "../../platform/logger.js";
import { diplomacyService } from "../../subgraphs/diplomacy/service.js";
import { rawRequest } from "../support/rawRequest.js";
import { startTestSubgraph, type TestSubgraph } from "../support/subgraphHarness.js";
import { startInFlightRequest } from "./support/inFlightRequest.js";
import { freePorts } from "./support/services.js";

const SECRET = "signer-test-secret-0123456789";
const TOKEN = "signer-caller-token-0123456789";
const CALLER = { authorization: `Bearer ${TOKEN}` };
const logger = createLogger("router-signer", { LOG_LEVEL: "silent" });

let subgraph: TestSubgraph<unknown, unknown>;
let signer: RunningSigner;
let unreachablePort: number;

async function startSigner(overrides: Partial<SignerConfig> = {}): Promise<RunningSigner> {
  return startSigningProxy(
    {
      host: "127.0.0.1",
      port: 0,
      subgraphUrls: {
        diplomacy: subgraph.url,
        infrastructure: `http://127.0.0.1:${unreachablePort}/graphql`,
        finance: `http://127.0.0.1:${unreachablePort}/graphql`,
      },
      signingSecret: SECRET,
      subgraphSigningSecrets: {},
      callerToken: TOKEN,
      shutdownTimeoutMs: 1_000,
      ...overrides,
    },
    logger,
  );
}

function post(url: string, body: string, headers: Record<string, string> = CALLER) {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

beforeAll(async () => {
  [unreachablePort] = (await freePorts(1)) as [number];
  subgraph = (await startTestSubgraph(
    "diplomacy",
    diplomacyService.buildSchema,
    (path) => diplomacyService.openStore(path ?? ":memory:") as never,
    [SECRET],
  )) as TestSubgraph<unknown, unknown>;
  signer = await startSigner();
});

afterAll(async () => {
  await signer?.stop();
  await subgraph?.stop();
});

describe("router signer", () => {
  it("the subgraph refuses the router's unsigned request on its own", async () => {
    const response = await post(subgraph.url, JSON.stringify({ query: "{ __typename }" }));
    expect(response.status).toBe(401);
  });

  it("signs a POST over the exact bytes it forwards, whatever their formatting", async () => {
    // Router serialises its own JSON; the signature must not depend on how.
    const body =
      '{ "variables" : {"code":"UY"},\n "query":"query($code: CountryCode!){ country(code: $code) { name } }" }';
    const response = await post(`${signer.url}/diplomacy/graphql`, body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { country: { name: "Uruguay" } } });
  });

  it("signs a GET over the URL the subgraph receives", async () => {
    const query = encodeURIComponent('{ country(code: "BR") { name } }');
    const response = await fetch(`${signer.url}/diplomacy/graphql?query=${query}`, {
      headers: { "apollo-require-preflight": "true", ...CALLER },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { country: { name: "Brazil" } } });
  });

  it("passes the subgraph's refusal through when it signs with a secret the subgraph does not accept", async () => {
    const wrong = await startSigner({ signingSecret: "another-secret-0123456789" });
    try {
      const response = await post(`${wrong.url}/diplomacy/graphql`, JSON.stringify({ query: "{ __typename }" }));
      expect(response.status).toBe(403);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("FORBIDDEN");
    } finally {
      await wrong.stop();
    }
  });

  it("answers unknown routes, other methods, oversized bodies and unreachable subgraphs with GraphQL errors", async () => {
    const cases: [Promise<Response>, number, string][] = [
      [post(`${signer.url}/payments/graphql`, "{}"), 404, "NOT_FOUND"],
      [fetch(`${signer.url}/diplomacy/graphql`, { method: "DELETE", headers: CALLER }), 405, "METHOD_NOT_ALLOWED"],
      [post(`${signer.url}/diplomacy/graphql`, "x".repeat(1024 * 1024 + 1)), 413, "PAYLOAD_TOO_LARGE"],
      [post(`${signer.url}/finance/graphql`, JSON.stringify({ query: "{ __typename }" })), 502, "SUBGRAPH_UNREACHABLE"],
    ];
    for (const [pending, status, code] of cases) {
      const response = await pending;
      expect(response.status, code).toBe(status);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe(code);
    }
  });

  it("signs nothing for a caller without its token: _service and _entities stay closed", async () => {
    const introspect = JSON.stringify({ query: "{ _service { sdl } }" });
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer wrong-token-0123456789" },
      { authorization: TOKEN },
    ];
    for (const headers of attempts) {
      const response = await post(`${signer.url}/diplomacy/graphql`, introspect, headers);
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it("answers request targets that are not paths with 400 and keeps serving", async () => {
    for (const line of [
      "GET // HTTP/1.1",
      "GET //diplomacy/graphql HTTP/1.1",
      "GET http://[ HTTP/1.1",
      "GET * HTTP/1.1",
    ]) {
      expect(await rawRequest(signer.url, line), line).toMatch(/^HTTP\/1\.1 400/);
    }
    expect((await fetch(`${signer.url}/health`)).status).toBe(200);
  });

  it("signs each subgraph with its own secret when it has one", async () => {
    const own = await startSigner({ signingSecret: undefined, subgraphSigningSecrets: { diplomacy: SECRET } });
    try {
      const response = await post(`${own.url}/diplomacy/graphql`, JSON.stringify({ query: "{ __typename }" }));
      expect(response.status).toBe(200);
    } finally {
      await own.stop();
    }
  });

  it("reports liveness and readiness", async () => {
    expect(await (await fetch(`${signer.url}/health`)).json()).toEqual({ status: "ok", service: "router-signer" });
    expect((await fetch(`${signer.url}/ready`)).status).toBe(200);
  });
});

describe("signer shutdown", () => {
  it("finishes an in-flight request, telling keep-alive clients to close, then stops", async () => {
    const own = await startSigner();
    const body = JSON.stringify({ query: "{ __typename }" });
    const request = await startInFlightRequest(`${own.url}/diplomacy/graphql`, body, CALLER);
    const stopped = own.stop();
    request.finish();
    const response = await request.response;
    expect(response.status).toBe(200);
    expect(response.headers.connection).toBe("close");
    await stopped;
    await expect(fetch(`${own.url}/health`)).rejects.toThrow();
  });
});
