/**
 * A client's mistake is never a 5xx or an internal error: against the real federation (production mode, so error
 * masking is on), each mistake answers 400 with its own code and a short message, and nothing echoes a client's
 * value at length. Also: request lines no URL can be made of, and the headers every response carries.
 */
import { createHash } from "node:crypto";
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type TestFederation } from "../support/federation.js";
import { rawRequest } from "../support/rawRequest.js";
import { codesOf, post, request } from "./support/gatewayClient.js";

let federation: TestFederation;

beforeAll(async () => {
  federation = await startFederation({
    env: {
      NODE_ENV: "production",
      GATEWAY_SHARED_SECRETS: "client-mistakes-secret-0123456789",
      GATEWAY_INTROSPECTION: "true",
      GATEWAY_PLAYGROUND: "true",
      GATEWAY_MAX_DOCUMENT_BYTES: "4096",
      GATEWAY_MAX_BATCH_OPERATIONS: "3",
    },
  });
});

afterAll(async () => {
  await federation?.stop();
});

async function expectRefused(payload: unknown, code: string): Promise<void> {
  const answer = await post(federation.gatewayUrl, payload);
  expect(answer.status, answer.text).toBe(400);
  expect(codesOf(answer), answer.text).toEqual([code]);
  expect(answer.text).not.toMatch(/valueCompletion|stacktrace|INTERNAL_SERVER_ERROR/);
  expect(answer.body.errors?.[0]?.message.length).toBeLessThan(200);
}

describe("client mistakes answer 400 with their own code", () => {
  it("an operation type the schema has no root for", async () => {
    await expectRefused({ query: "mutation { __typename }" }, "OPERATION_NOT_SUPPORTED");
    await expectRefused({ query: "subscription { article { id } }" }, "OPERATION_NOT_SUPPORTED");
  });

  it("an alias beginning with __, before anything runs", async () => {
    await expectRefused({ query: "{ regions { nodes { __typename: countries { totalCount } } } }" }, "RESERVED_ALIAS");
    await expectRefused({ query: '{ country(code: "UY") { __typename: name } }' }, "RESERVED_ALIAS");
    await expectRefused({ query: "{ __schema: article { id } }" }, "RESERVED_ALIAS");
  });

  describe("a malformed typed scalar, refused by the gateway before any subgraph is called", () => {
    const byVariable = "query Country($code: CountryCode!) { country(code: $code) { name } }";

    it("as a literal: a validation error", async () => {
      await expectRefused({ query: '{ country(code: "Uruguay") { name } }' }, "GRAPHQL_VALIDATION_FAILED");
      await expectRefused({ query: "{ country(code: 858) { name } }" }, "GRAPHQL_VALIDATION_FAILED");
    });

    it("as a variable: bad user input", async () => {
      await expectRefused({ query: byVariable, variables: { code: "Uruguay" } }, "BAD_USER_INPUT");
      await expectRefused({ query: byVariable, variables: { code: ["UY"] } }, "BAD_USER_INPUT");
    });

    it("with the subgraph's message, not an HTTP status of an internal call", async () => {
      const answer = await post(federation.gatewayUrl, { query: byVariable, variables: { code: "Uruguay" } });
      expect(answer.body.errors?.[0]?.message).toContain("not a valid country code");
      expect(answer.text).not.toMatch(/serviceName|Bad Request/);
      const valid = await post(federation.gatewayUrl, { query: byVariable, variables: { code: "UY" } });
      expect(valid.body.data).toEqual({ country: { name: "Uruguay" } });
    });
  });

  describe("a persisted-query hash that does not match its document", () => {
    const query = "{ article { id } }";
    const wrong = { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } };
    const right = { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") } };

    it("in a POST", async () => {
      await expectRefused({ query, extensions: wrong }, "PERSISTED_QUERY_HASH_MISMATCH");
      const matching = await post(federation.gatewayUrl, { query, extensions: right });
      expect(matching.status, matching.text).toBe(200);
    });

    it("in a GET, however many parameters come first", async () => {
      const get = (extensions: unknown, padding = "") =>
        request(
          `${federation.gatewayUrl}?${padding}${new URLSearchParams({ query, extensions: JSON.stringify(extensions) })}`,
          { headers: { "apollo-require-preflight": "1" } },
        );
      for (const padding of ["", "a=&".repeat(1_000)]) {
        const answer = await get(wrong, padding);
        expect(answer.status, answer.text).toBe(400);
        expect(codesOf(answer)).toEqual(["PERSISTED_QUERY_HASH_MISMATCH"]);
      }
      const matching = await get(right);
      expect(matching.status, matching.text).toBe(200);
    });

    it("in any operation of a batch", async () => {
      await expectRefused(
        [
          { query, extensions: right },
          { query, extensions: wrong },
        ],
        "PERSISTED_QUERY_HASH_MISMATCH",
      );
      const matching = await post(federation.gatewayUrl, [
        { query, extensions: right },
        { query, extensions: right },
      ]);
      expect(matching.status, matching.text).toBe(200);
    });
  });

  it("a body that is not UTF-8", async () => {
    const body = Buffer.concat([
      Buffer.from('{"query":"query($c: CountryCode!) { country(code: $c) { name } }","variables":{"c":"'),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('"}}'),
    ]);
    const answer = await request(federation.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(answer.status, answer.text).toBe(400);
    expect(codesOf(answer)).toEqual(["INVALID_UTF8"]);
  });

  it("echoes at most about 100 characters of a client's value", async () => {
    const huge = "x".repeat(900_000);
    const answer = await post(federation.gatewayUrl, {
      query: "query($n: Int) { countries(first: $n) { totalCount } }",
      variables: { n: huge },
    });
    expect(answer.status).toBe(400);
    expect(codesOf(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.text.length).toBeLessThan(1_000);
    expect(answer.body.errors?.[0]?.message).toMatch(/x{100}…/);
  });
});

describe("introspection asking for isOneOf", () => {
  it("is answered, as graphql-js 16's getIntrospectionQuery({ oneOf: true }) asks it", async () => {
    const answer = await post<{ __schema: { types: { name: string; isOneOf: boolean | null }[] } }>(
      federation.gatewayUrl,
      { query: getIntrospectionQuery({ oneOf: true }) },
    );
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const country = answer.body.data?.__schema.types.find((type) => type.name === "Country");
    expect(country).toMatchObject({ name: "Country", isOneOf: null });
  });
});

describe("document limits on GET", () => {
  const get = (search: string) =>
    request(`${federation.gatewayUrl}?${search}`, { headers: { "apollo-require-preflight": "1" } });

  it("read the document where Apollo reads it, however many parameters come first", async () => {
    // Express's req.query stops after 1,000 parameters; Apollo reads on.
    const padding = "a=&".repeat(1_000);
    const oversized = `{article{id}}#${"x".repeat(4_200)}`;
    const answer = await get(`${padding}query=${encodeURIComponent(oversized)}`);
    expect(answer.status, answer.text.slice(0, 300)).toBe(400);
    expect(codesOf(answer)).toEqual(["DOCUMENT_TOO_LARGE"]);
    const deep = `${"{a".repeat(600)}${"}".repeat(600)}`;
    const deepAnswer = await get(`${padding}query=${encodeURIComponent(deep)}`);
    expect(deepAnswer.status).toBe(400);
    expect(codesOf(deepAnswer)).toEqual(["TOKEN_LIMIT_EXCEEDED"]);
  });
});

describe("request lines a URL parser may choke on", () => {
  it("never cost the gateway or a subgraph a 5xx or the process", async () => {
    const urls = [federation.gatewayUrl, ...Object.values(federation.subgraphUrls)];
    const lines = [
      "GET // HTTP/1.1",
      "GET //graphql HTTP/1.1",
      "GET /graphql?query=%E0%A4%A HTTP/1.1",
      "GET /%ff HTTP/1.1",
    ];
    for (const url of urls) {
      for (const line of lines) {
        const answer = await rawRequest(url, line);
        expect(answer, `${url} ${line}`).toMatch(/^HTTP\/1\.1 [234]\d\d/);
        expect(answer).not.toMatch(/\bat \w|node_modules|<pre/);
      }
      expect((await request(new URL("/health", url).toString())).status).toBe(200);
    }
  });
});

describe("security headers", () => {
  it("every gateway response carries nosniff and framing protection; HTML carries the content-security policy", async () => {
    const html = { accept: "text/html" };
    const answers = await Promise.all([
      request(`${new URL(federation.gatewayUrl).origin}/`, { headers: html }),
      request(`${federation.gatewayUrl}/anything`, { headers: html }),
      request(federation.gatewayUrl, { headers: html }),
      request(`${new URL(federation.gatewayUrl).origin}/health`),
      post(federation.gatewayUrl, { query: "{ article { id } }" }),
    ]);
    for (const answer of answers) {
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
      expect(answer.headers.get("x-frame-options")).toBe("DENY");
      expect(answer.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });
});
