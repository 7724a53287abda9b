/**
 * GATEWAY_PERSISTED_OPERATIONS=require against the running federation: manifest operations run by hash (Apollo
 * Client's persisted-queries link) or by their text (graphql-request, urql), anything else is refused with
 * QUERY_NOT_IN_SAFELIST; unknown hashes and hash mismatches get their own codes. Also CORS from GATEWAY_CORS_ORIGINS.
 */
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { GraphQLClient } from "graphql-request";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORS_ALLOWED_HEADERS } from "../../gateway/plugins/cors.js";
import { possibleTypes } from "../../schema/generated/operations.js";
import { post, request } from "../hardening/support/gatewayClient.js";
import { startFederation, type TestFederation } from "../support/federation.js";
import { recordFetches, registeredOperations, withoutTypename } from "./support/registeredOperations.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const APP_ORIGIN = "https://app.example.com";
const operations = registeredOperations();
const UNLISTED = `{ country(code: "UY") { code name } }`;

let federation: TestFederation;
beforeAll(async () => {
  federation = await startFederation({
    env: { GATEWAY_PERSISTED_OPERATIONS: "require", GATEWAY_CORS_ORIGINS: `${APP_ORIGIN},http://localhost:5173` },
  });
});
afterAll(() => federation?.stop());

function persistedGet(hash: string): string {
  const url = new URL(federation.gatewayUrl);
  url.searchParams.set("extensions", JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
  return url.toString();
}

describe("require mode: only manifest documents run", () => {
  it("Apollo Client's persisted-queries link runs every registered operation by hash, over GET", async () => {
    const client = new ApolloClient({
      link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
        new HttpLink({ uri: federation.gatewayUrl }),
      ),
      cache: new InMemoryCache({ possibleTypes }),
    });
    const fetches = recordFetches();
    try {
      for (const { document } of operations) {
        const result = await client.query({ query: document });
        expect(result.error).toBeUndefined();
        expect(result.data).toBeTruthy();
      }
    } finally {
      fetches.restore();
    }
    expect(fetches.methods).toEqual(operations.map(() => "GET"));
  });

  it("graphql-request (text as written) and urql (text with __typename added) run registered operations", async () => {
    const graphqlRequest = new GraphQLClient(federation.gatewayUrl);
    const urql = new Client({ url: federation.gatewayUrl, exchanges: [cacheExchange, fetchExchange] });
    for (const operation of operations) {
      const byText = await graphqlRequest.request(operation.text);
      const viaUrql = await urql.query(operation.document, {}).toPromise();
      expect(viaUrql.error).toBeUndefined();
      expect(withoutTypename(viaUrql.data)).toEqual(withoutTypename(byText));
    }
  });

  it("refuses any other document with QUERY_NOT_IN_SAFELIST, by text or by APQ registration", async () => {
    const byText = await post(federation.gatewayUrl, { query: UNLISTED });
    expect(byText.status).toBe(400);
    expect(byText.body.errors?.[0]?.extensions?.code).toBe("QUERY_NOT_IN_SAFELIST");
    const register = await post(federation.gatewayUrl, {
      query: UNLISTED,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(UNLISTED) } },
    });
    expect(register.body.errors?.[0]?.extensions?.code).toBe("QUERY_NOT_IN_SAFELIST");
    // Never registered, so its hash stays unknown.
    const byHash = await request(persistedGet(sha256(UNLISTED)));
    expect(byHash.status).toBe(200);
    expect(byHash.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("a hash that does not match the text is PERSISTED_QUERY_HASH_MISMATCH, a malformed one PERSISTED_QUERY_INVALID", async () => {
    const [first] = operations;
    const mismatch = await post(federation.gatewayUrl, {
      query: first?.text,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256("something else") } },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
    const malformed = await request(persistedGet("not-a-hash"));
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_INVALID");
  });
});

describe("CORS", () => {
  const preflight = (origin: string) =>
    request(federation.gatewayUrl, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,apollo-require-preflight,x-apollo-operation-name",
      },
    });

  it("answers an allowed origin's preflight with the headers the clients send", async () => {
    const answer = await preflight(APP_ORIGIN);
    expect(answer.status).toBe(204);
    expect(answer.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
    expect(answer.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    const allowed = answer.headers.get("access-control-allow-headers")?.split(", ");
    expect(allowed).toEqual(CORS_ALLOWED_HEADERS);
    expect(allowed).toEqual(expect.arrayContaining(["content-type", "apollo-require-preflight", "if-none-match"]));
    expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("lets an allowed origin read a GET answer, with no credentials", async () => {
    const answer = await request(persistedGet(sha256("x".repeat(3))), { headers: { origin: "http://localhost:5173" } });
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(answer.headers.get("access-control-expose-headers")).toContain("etag");
    expect(answer.headers.get("vary")?.toLowerCase()).toContain("origin");
  });

  it("gives a disallowed origin no CORS header at all, preflight or not", async () => {
    const answer = await preflight("https://evil.example");
    expect([...answer.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    const get = await request(federation.gatewayUrl, { headers: { origin: "https://evil.example" } });
    expect([...get.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
  });
});
