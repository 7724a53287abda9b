/**
 * Operation limits at the gateway, against the real federation: for each limit, an operation exactly at the limit is
 * answered and one just over it is refused with the limit's own code, also when the excess hides in fragments.
 */
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type TestFederation } from "../support/federation.js";
import { codesOf, post } from "./support/gatewayClient.js";

const LIMITS = {
  GATEWAY_MAX_DOCUMENT_BYTES: "4096",
  GATEWAY_MAX_TOKENS: "300",
  GATEWAY_MAX_DEPTH: "5",
  GATEWAY_MAX_ALIASES: "3",
  GATEWAY_MAX_ROOT_FIELDS: "3",
  GATEWAY_MAX_COST: "1000",
  GATEWAY_MAX_DIRECTIVES: "3",
  GATEWAY_MAX_BATCH_OPERATIONS: "2",
};

let federation: TestFederation;

beforeAll(async () => {
  federation = await startFederation({ env: LIMITS });
});

afterAll(async () => {
  await federation?.stop();
});

async function expectAnswered(query: string): Promise<void> {
  const answer = await post(federation.gatewayUrl, { query });
  expect(answer.body.errors, answer.text).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.body.data).toBeTruthy();
}

async function expectRefused(query: string, code: string): Promise<void> {
  const answer = await post(federation.gatewayUrl, { query });
  expect(answer.status, answer.text).toBe(400);
  expect(codesOf(answer)).toContain(code);
  expect(answer.body.data).toBeUndefined();
  expect(answer.text).not.toMatch(/stacktrace|\bat .*\.(js|ts):\d+/);
}

describe("operation limits", () => {
  it("document size in bytes: 4096 answered, 4097 refused with DOCUMENT_TOO_LARGE", async () => {
    const operation = "\n{ article { id } }";
    const padded = (bytes: number) => `#${"x".repeat(bytes - operation.length - 1)}${operation}`;
    expect(Buffer.byteLength(padded(4096))).toBe(4096);
    await expectAnswered(padded(4096));
    await expectRefused(padded(4097), "DOCUMENT_TOO_LARGE");
  });

  it("tokens: 300 answered, 301 refused with TOKEN_LIMIT_EXCEEDED before parsing", async () => {
    // `{ article {` + n × `id` + `} }` is n + 5 tokens.
    const ofTokens = (tokens: number) => `{ article { ${"id ".repeat(tokens - 5)}} }`;
    await expectAnswered(ofTokens(300));
    await expectRefused(ofTokens(301), "TOKEN_LIMIT_EXCEEDED");
    // Far over the limit and not even a valid document: refused for its size, unparsed.
    await expectRefused(`{ ${"a(".repeat(2_000)}`, "TOKEN_LIMIT_EXCEEDED");
  });

  it("depth: 5 answered, 6 refused with DEPTH_LIMIT_EXCEEDED, counted through fragments", async () => {
    await expectAnswered(`{ country(code: "UY") { region { countries { nodes { code } } } } }`);
    await expectRefused(
      `{ country(code: "UY") { region { countries { nodes { region { name } } } } } }`,
      "DEPTH_LIMIT_EXCEEDED",
    );
    await expectRefused(
      `{ country(code: "UY") { ...Deep } }
       fragment Deep on Country { region { ...Deeper } }
       fragment Deeper on Region { countries { nodes { region { name } } } }`,
      "DEPTH_LIMIT_EXCEEDED",
    );
  });

  it("aliases: 3 answered, 4 refused with ALIAS_LIMIT_EXCEEDED, counted through fragments", async () => {
    await expectAnswered(`{ article { a: id b: id c: id } }`);
    await expectRefused(`{ article { a: id b: id c: id d: id } }`, "ALIAS_LIMIT_EXCEEDED");
    await expectRefused(
      `{ article { a: id ...Aliased } } fragment Aliased on Article { b: id c: id d: id }`,
      "ALIAS_LIMIT_EXCEEDED",
    );
  });

  it("root fields: 3 answered, 4 refused with ROOT_FIELD_LIMIT_EXCEEDED, counted through fragments", async () => {
    await expectAnswered(`{ article { id } regions { nodes { id } } countries { totalCount } }`);
    await expectRefused(
      `{ article { id } regions { nodes { id } } countries { totalCount } majorProjects { __typename } }`,
      "ROOT_FIELD_LIMIT_EXCEEDED",
    );
    await expectRefused(
      `{ article { id } ...More ... on Query { majorProjects { __typename } } }
       fragment More on Query { regions { nodes { id } } countries { totalCount } }`,
      "ROOT_FIELD_LIMIT_EXCEEDED",
    );
  });

  it("cost: countries(first: 77) answered, first: 78 refused with COST_LIMIT_EXCEEDED", async () => {
    // graphql-armor: (2 + 1.5 × (2 + 1.5 × (2 + 1.5 × 1))) × first = 12.875 × first; 991 ≤ 1000 < 1004.
    const page = (first: number) => `{ countries(first: ${first}) { edges { node { code } } } }`;
    await expectAnswered(page(77));
    await expectRefused(page(78), "COST_LIMIT_EXCEEDED");
  });

  it("cost: a page size sent as a variable counts at its value, an omitted one at the default page size", async () => {
    const query = "query Page($first: Int) { countries(first: $first) { edges { node { code } } } }";
    const answered = await post(federation.gatewayUrl, { query, variables: { first: 77 } });
    expect(answered.body.errors, answered.text).toBeUndefined();
    const refused = await post(federation.gatewayUrl, { query, variables: { first: 78 } });
    expect(refused.status, refused.text).toBe(400);
    expect(codesOf(refused)).toEqual(["COST_LIMIT_EXCEEDED"]);
    expect(refused.body.data).toBeUndefined();
    // A declared default is what the request gets when it sends no value.
    const byDefault = await post(federation.gatewayUrl, {
      query: "query Page($first: Int = 78) { countries(first: $first) { edges { node { code } } } }",
    });
    expect(codesOf(byDefault)).toEqual(["COST_LIMIT_EXCEEDED"]);
    // Omitted: the default page of 20. One page costs 33.125 × 20 = 662.5; two cost 1325 (as page size 1: 66.25).
    const page = "countries { edges { node { code name region { id name } } } }";
    await expectAnswered(`{ a: ${page} }`);
    await expectRefused(`{ a: ${page} b: ${page} }`, "COST_LIMIT_EXCEEDED");
  });

  it("directives: 3 answered, 4 refused with DIRECTIVE_LIMIT_EXCEEDED, counted through fragments", async () => {
    await expectAnswered(`{ article { id @include(if: true) @skip(if: false) title @include(if: true) } }`);
    await expectRefused(
      `{ article { ...Directed @include(if: true) } }
       fragment Directed on Article { id @include(if: true) @skip(if: false) title @include(if: true) }`,
      "DIRECTIVE_LIMIT_EXCEEDED",
    );
  });

  it("batches: 2 operations answered, 3 refused with BATCH_LIMIT_EXCEEDED", async () => {
    const operation = { query: "{ article { id } }" };
    const two = await post<unknown>(federation.gatewayUrl, [operation, operation]);
    expect(two.status).toBe(200);
    expect(two.body).toHaveLength(2);
    const three = await post(federation.gatewayUrl, [operation, operation, operation]);
    expect(three.status).toBe(400);
    expect(codesOf(three)).toEqual(["BATCH_LIMIT_EXCEEDED"]);
  });

  it("neither fragment cycles nor exponentially nested spreads escape or stall the counting", async () => {
    const started = Date.now();
    const cycle = await post(federation.gatewayUrl, {
      query: `{ article { ...A } } fragment A on Article { id ...B } fragment B on Article { ...A }`,
    });
    expect(cycle.status).toBe(400);
    expect(codesOf(cycle)).toContain("GRAPHQL_VALIDATION_FAILED");

    // 2^12 root fields once expanded, written in a few hundred bytes.
    const levels = 12;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1
        ? `fragment F${level} on Query { article { id } }`
        : `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }`,
    );
    const doubling = await post(federation.gatewayUrl, { query: `{ ...F0 } ${fragments.join(" ")}` });
    expect(doubling.status).toBe(400);
    expect(codesOf(doubling)).toContain("ROOT_FIELD_LIMIT_EXCEEDED");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("lets the playground's introspection query through in development", async () => {
    const answer = await post<{ __schema: { queryType: { name: string } } }>(federation.gatewayUrl, {
      query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }),
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.__schema.queryType.name).toBe("Query");
  });
});
