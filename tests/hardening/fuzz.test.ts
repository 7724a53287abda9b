/**
 * Property-based fuzzing of the running gateway (fast-check): random and malformed documents, random variables,
 * huge strings, deep nesting, wrong methods and content types. Every answer must be a well-formed GraphQL or HTTP
 * error (never a 5xx, a stack trace or a hang), the gateway must stay up with bounded memory, and a normal query
 * must still answer correctly afterwards.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type TestFederation } from "../support/federation.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const REQUEST_TIMEOUT_MS = 5_000;

interface FuzzRequest {
  method: string;
  contentType?: string;
  /** Query string appended to the URL (GET). */
  search?: string;
  body?: string | Uint8Array;
}

let federation: TestFederation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

function rssKiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1]);
}

// ---- arbitraries -----------------------------------------------------------------------------------------------
const WORDS = [
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ":",
  "=",
  "!",
  "$v",
  "...",
  "@include(if: true)",
  "@skip(if: $v)",
  "query",
  "mutation",
  "subscription",
  "fragment F on Query",
  "...F",
  "on",
  "article",
  "id",
  "country",
  "code:",
  '"UY"',
  "region",
  "countries",
  "first:",
  "100",
  "-1",
  "1e309",
  "__schema",
  '__type(name: "Query")',
  "__typename",
  "a:",
  "b:",
  '"""',
  '"',
  "#",
  "\\u0000",
  "null",
  "true",
  "edges",
  "node",
  "name",
  "engagements",
  "_entities",
  "_service",
  "sdl",
  ",",
  "\n",
];

const tokenSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join(" "));

const deepNesting = fc
  .tuple(fc.integer({ min: 1, max: 3_000 }), fc.constantFrom('country(code: "UY") { region { countries ', "a { "))
  .map(([depth, level]) => `{ ${level.repeat(depth)}${"}".repeat(depth * 2)}`);

const hugeString = fc.integer({ min: 10_000, max: 400_000 }).map((length) => "x".repeat(length));

const documents = fc.oneof(
  tokenSoup,
  deepNesting,
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  hugeString.map((text) => `{ article { id } } # ${text}`),
  hugeString.map((text) => `{ country(code: "${text}") { name } }`),
  fc.constant("query Q($code: CountryCode!) { country(code: $code) { name region { name } } }"),
);

const variables = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({ code: fc.oneof(fc.string(), fc.integer(), hugeString, fc.constant(null), fc.jsonValue()) }),
);

const graphqlPost: fc.Arbitrary<FuzzRequest> = fc
  .record({
    query: fc.oneof(documents, fc.jsonValue({ maxDepth: 2 })),
    variables,
    operationName: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 20 }), fc.integer()),
    extensions: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
  })
  .chain((payload) =>
    fc.record({
      method: fc.constant("POST"),
      contentType: fc.constantFrom(
        "application/json",
        "application/json; charset=utf-8",
        "application/graphql-response+json",
      ),
      body: fc.oneof(
        fc.constant(JSON.stringify(payload)),
        fc.constant(JSON.stringify([payload, payload])),
        fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      ),
    }),
  );

const malformedPost: fc.Arbitrary<FuzzRequest> = fc.record({
  method: fc.constantFrom("POST", "PUT", "PATCH", "DELETE"),
  contentType: fc.option(
    fc.constantFrom(
      "text/plain",
      "application/xml",
      "multipart/form-data; boundary=x",
      "application/json",
      "x/y;;=",
      "",
    ),
    { nil: undefined },
  ),
  body: fc.oneof(
    fc.uint8Array({ maxLength: 2_000 }),
    fc.string({ maxLength: 500 }),
    fc.constant('{"query": "{ article { id } }"'),
    hugeString.map((text) => JSON.stringify({ query: "{ article { id } }", variables: { code: text } })),
    fc.integer({ min: 1_100_000, max: 1_300_000 }).map((length) => `{"query":"${"a".repeat(length)}"}`),
  ),
});

const getRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  method: fc.constantFrom("GET", "HEAD", "OPTIONS"),
  search: fc
    .oneof(documents, fc.string())
    .chain((query) =>
      fc.constantFrom(
        `?query=${encodeURIComponent(query)}`,
        `?query=${encodeURIComponent(query)}&variables=${encodeURIComponent("{not json")}`,
        `?query=${encodeURIComponent(query)}&query=x`,
        "?%zz",
        "",
      ),
    ),
});

const fuzzRequest = fc.oneof({ weight: 3, arbitrary: graphqlPost }, malformedPost, getRequest);

// ---- the property ------------------------------------------------------------------------------------------------
async function send(spec: FuzzRequest): Promise<{ status: number; contentType: string; text: string }> {
  const headers: Record<string, string> = { "apollo-require-preflight": "true" };
  if (spec.contentType !== undefined) headers["content-type"] = spec.contentType;
  const response = await fetch(`${federation.gatewayUrl}${spec.search ?? ""}`, {
    method: spec.method,
    headers,
    body: spec.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    text: await response.text(),
  };
}

function assertWellFormed(spec: FuzzRequest, answer: { status: number; contentType: string; text: string }): void {
  const label = `${spec.method} ${spec.contentType ?? "-"} → ${answer.status} ${answer.text.slice(0, 300)}`;
  expect(answer.status, label).toBeLessThan(500);
  expect(answer.text, label).not.toMatch(/\bat .*\.(js|ts):\d+|node_modules|stacktrace/);
  if (spec.method === "HEAD" || answer.text === "") return;
  expect(answer.contentType, label).toMatch(/json/);
  const body = JSON.parse(answer.text) as unknown;
  for (const result of Array.isArray(body) ? body : [body]) {
    const { data, errors } = result as {
      data?: unknown;
      errors?: { message: unknown; extensions?: { code?: unknown } }[];
    };
    expect(data !== undefined || Array.isArray(errors), label).toBe(true);
    for (const error of errors ?? []) {
      expect(typeof error.message, label).toBe("string");
      expect(typeof error.extensions?.code, label).toBe("string");
    }
  }
}

describe("fuzzing the gateway", () => {
  it(`answers ${RUNS} random and malformed requests with well-formed errors, within bounds`, async () => {
    const pid = federation.pid("gateway") as number;
    const rssBefore = rssKiB(pid);
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (spec) => {
        const started = Date.now();
        assertWellFormed(spec, await send(spec));
        slowest = Math.max(slowest, Date.now() - started);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
    );
    const rssAfter = rssKiB(pid);
    console.info(`fuzz: ${RUNS} requests, slowest ${slowest} ms, gateway RSS ${rssBefore} → ${rssAfter} KiB`);

    expect(federation.unexpectedExits).toEqual([]);
    expect(rssAfter - rssBefore).toBeLessThan(200 * 1024);
    expect((await fetch(new URL("/health", federation.gatewayUrl))).status).toBe(200);
    const normal = await fetch(federation.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ country(code: "UY") { name region { name } } }' }),
    });
    expect(await normal.json()).toEqual({ data: { country: { name: "Uruguay", region: { name: "Latin America" } } } });
  });
});
