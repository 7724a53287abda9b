/**
 * Every `extensions.code` the README's error table lists is made to happen here, against the running federation,
 * with the HTTP status the table gives; a code the table lists without a trigger, or a trigger for a code the table
 * does not list, fails the test.
 */
import { readFileSync } from "node:fs";
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/config.js";
import { type RunningGateway, startGateway } from "../../gateway/server.js";
import { createLogger } from "../../platform/logger.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { type GatewayAnswer, post, request } from "../hardening/support/gatewayClient.js";
import { startFederation, type TestFederation } from "../support/federation.js";
import { signedHeaders } from "../support/signedRequest.js";

const SECRET = "error-codes-test-secret-0123456789";
const TIMEOUT_MS = 1_500;

/** `code → statuses` from the README's "## Errors" table. */
function documentedCodes(): Map<string, number[]> {
  const readme = readFileSync(fromProjectRoot("README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("\n## Errors"),
    readme.indexOf("\n## ", readme.indexOf("\n## Errors") + 5),
  );
  const rows = [...section.matchAll(/^\| `([A-Z0-9_]+)`\s*\|\s*([0-9, ]+?)\s*\|/gm)];
  return new Map(rows.map((row) => [row[1] as string, (row[2] as string).split(",").map((s) => Number(s.trim()))]));
}

let federation: TestFederation;
let requireGateway: RunningGateway;

beforeAll(async () => {
  federation = await startFederation({
    env: {
      GATEWAY_SHARED_SECRETS: SECRET,
      GATEWAY_SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
      GATEWAY_MAX_COST: "1000",
      GATEWAY_MAX_RESPONSE_BYTES: "65536",
    },
  });
  // A second gateway in require mode, in this process, over the same subgraphs.
  requireGateway = await startGateway(
    readGatewayConfig({
      GATEWAY_PORT: "0",
      GATEWAY_SHARED_SECRETS: SECRET,
      GATEWAY_PERSISTED_OPERATIONS: "require",
      GATEWAY_PLAYGROUND: "false",
      DIPLOMACY_URL: federation.subgraphUrls.diplomacy,
      INFRASTRUCTURE_URL: federation.subgraphUrls.infrastructure,
      FINANCE_URL: federation.subgraphUrls.finance,
    }),
    createLogger("gateway", { LOG_LEVEL: "silent" }),
  );
});
afterAll(async () => {
  await requireGateway?.stop();
  await federation?.stop();
});

const gql = (query: string, extra: Record<string, unknown> = {}) => post(federation.gatewayUrl, { query, ...extra });
const persistedGet = (hash: string) =>
  request(
    `${federation.gatewayUrl}?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`,
  );
const ENTITIES = "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { name } } }";
const signed = (url: string, payload: unknown, secret = SECRET) => {
  const body = JSON.stringify(payload);
  return request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...signedHeaders({ secret, subgraph: "diplomacy", url, body }) },
    body,
  });
};

const triggers: Record<string, () => Promise<GatewayAnswer>> = {
  BAD_USER_INPUT: () => gql('{ country(code: "br") { name } }'),
  GRAPHQL_PARSE_FAILED: () => gql("{ countries("),
  GRAPHQL_VALIDATION_FAILED: () => gql("{ countries { population } }"),
  OPERATION_RESOLUTION_FAILURE: () => gql("query A { article { id } }", { operationName: "B" }),
  OPERATION_NOT_SUPPORTED: () => gql("mutation { __typename }"),
  RESERVED_ALIAS: () => gql('{ country(code: "UY") { __typename: name } }'),
  RESPONSE_TOO_LARGE: () => gql(getIntrospectionQuery()),
  DOCUMENT_TOO_LARGE: () => gql(`{ article { id } }${" ".repeat(20_000)}`),
  TOKEN_LIMIT_EXCEEDED: () => gql(`{ ${"a(".repeat(2_000)}`),
  // 4 × region → countries → nodes, past the default depth of 10; pages of one keep the cost low.
  DEPTH_LIMIT_EXCEEDED: () =>
    gql(`{ country(code: "UY") { ${"region { countries(first: 1) { nodes { ".repeat(4)}code${" } } }".repeat(4)} } }`),
  ALIAS_LIMIT_EXCEEDED: () => gql(`{ article { ${Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(" ")} } }`),
  ROOT_FIELD_LIMIT_EXCEEDED: () =>
    gql(`{ ${Array.from({ length: 11 }, (_, i) => `a${i}: article { id }`).join(" ")} }`),
  COST_LIMIT_EXCEEDED: () => gql("{ countries(first: 78) { edges { node { code } } } }"),
  DIRECTIVE_LIMIT_EXCEEDED: () => gql(`{ article { id ${"@include(if: true) ".repeat(21)} } }`),
  BATCH_LIMIT_EXCEEDED: () => post(federation.gatewayUrl, [{ query: "{ article { id } }" }]),
  BAD_REQUEST: () =>
    request(federation.gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
  INVALID_UTF8: () =>
    request(federation.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: Buffer.concat([
        Buffer.from('{"query":"{ article { id } }","variables":{"x":"'),
        Buffer.from([0xff]),
        Buffer.from('"}}'),
      ]),
    }),
  NOT_FOUND: () => request(federation.gatewayUrl.replace("/graphql", "/nowhere")),
  PERSISTED_QUERY_NOT_FOUND: () => persistedGet("0".repeat(64)),
  PERSISTED_QUERY_HASH_MISMATCH: () =>
    gql("{ article { id } }", { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
  PERSISTED_QUERY_INVALID: () => persistedGet("xyz"),
  QUERY_NOT_IN_SAFELIST: () => post(requireGateway.url, { query: "{ article { id } }" }),
  SUBGRAPH_UNAVAILABLE: async () => {
    await federation.stopService("finance");
    try {
      return await gql('{ region(handle: "latin-america") { name financialRisks { nodes { name } } } }');
    } finally {
      await federation.startService("finance");
    }
  },
  SUBGRAPH_TIMEOUT: async () => {
    const pid = federation.pid("infrastructure") as number;
    process.kill(pid, "SIGSTOP");
    try {
      return await gql('{ country(code: "UY") { name infrastructureProjects { nodes { name } } } }');
    } finally {
      process.kill(pid, "SIGCONT");
    }
  },
  UNAUTHENTICATED: () => post(federation.subgraphUrls.diplomacy, { query: "{ article { id } }" }),
  FORBIDDEN: () =>
    signed(federation.subgraphUrls.diplomacy, { query: "{ article { id } }" }, "another-secret-k3Qz9VwX7pLm2Rt"),
  // A representation of the wrong shape reaches the resolver, its DataLoader and SQLite: an unexpected failure.
  INTERNAL_SERVER_ERROR: () =>
    signed(federation.subgraphUrls.diplomacy, {
      query: ENTITIES,
      variables: { r: [{ __typename: "Country", code: { $gt: "" } }] },
    }),
};

describe("every documented extensions.code", () => {
  const documented = documentedCodes();

  it("the README table and the triggers here name the same codes", () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(triggers).sort());
  });

  it.each(Object.keys(triggers))("%s happens, with its documented HTTP status", async (code) => {
    const answer = await (triggers[code] as () => Promise<GatewayAnswer>)();
    const codes = (answer.body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes, answer.text).toContain(code);
    expect(documented.get(code), `README status of ${code}`).toContain(answer.status);
  });
});
