/** With GATEWAY_SHARED_SECRETS set, subgraphs serve only the gateway: it signs every request, in both supergraph modes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/config.js";
import { startGateway } from "../../gateway/server.js";
import { createLogger } from "../../platform/logger.js";
import { startFederation, type TestFederation } from "../support/federation.js";
import { signedHeaders } from "../support/signedRequest.js";
import { postGraphQL } from "../support/subgraphHarness.js";

const SECRET = "gateway-signing-secret-for-tests";
/** Diplomacy's own secret: the shared one does not open it. */
const DIPLOMACY_SECRET = "diplomacy-own-secret-for-tests";
let federation: TestFederation;

beforeAll(async () => {
  federation = await startFederation({
    env: { GATEWAY_SHARED_SECRETS: SECRET, DIPLOMACY_GATEWAY_SECRETS: DIPLOMACY_SECRET },
  });
});

afterAll(async () => {
  await federation?.stop();
});

describe("signed subgraph requests", () => {
  it("answers through the gateway", async () => {
    const response = await postGraphQL<{ article: { id: string } }>(federation.gatewayUrl, "{ article { id } }");
    expect(response.errors).toBeUndefined();
    expect(response.data?.article.id).toEqual(expect.any(String));
  });

  it("refuses a client that calls a subgraph directly", async () => {
    const response = await fetch(federation.subgraphUrls.diplomacy, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ article { id } }" }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("signs each subgraph with its own secret where it has one: the shared secret does not open it", async () => {
    const body = JSON.stringify({ query: "{ _service { sdl } }" });
    const call = (subgraph: "diplomacy" | "finance", secret: string) => {
      const url = federation.subgraphUrls[subgraph];
      return fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...signedHeaders({ secret, subgraph, url, body }) },
        body,
      });
    };
    expect((await call("diplomacy", SECRET)).status).toBe(403);
    expect((await call("diplomacy", DIPLOMACY_SECRET)).status).toBe(200);
    expect((await call("finance", SECRET)).status).toBe(200);
    const joined = await postGraphQL<{ country: { name: string; infrastructureProjects: unknown[] } }>(
      federation.gatewayUrl,
      '{ country(code: "UY") { name infrastructureProjects { nodes { name } } } }',
    );
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.country.name).toBe("Uruguay");
  });

  it("signs live-mode introspection too, and fails to compose with the wrong secret", async () => {
    const logger = createLogger("gateway-test", { LOG_LEVEL: "silent" });
    const base = {
      ...readGatewayConfig({}),
      port: 0,
      subgraphUrls: federation.subgraphUrls,
      supergraphSource: "live" as const,
      subgraphSigningSecrets: { diplomacy: DIPLOMACY_SECRET },
    };
    const signed = await startGateway({ ...base, signingSecret: SECRET }, logger);
    try {
      const response = await postGraphQL<{ article: { id: string } }>(signed.url, "{ article { id } }");
      expect(response.data?.article.id).toEqual(expect.any(String));
    } finally {
      await signed.stop();
    }
    await expect(startGateway({ ...base, signingSecret: "a-wrong-secret-of-enough-length" }, logger)).rejects.toThrow(
      /403|FORBIDDEN|signature/i,
    );
  });
});
