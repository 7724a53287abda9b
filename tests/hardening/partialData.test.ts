/**
 * Real partial data (issue 10 §1), against the real federation: with each subgraph stopped in turn, every registered
 * cross-subgraph operation still answers with what the other subgraphs serve, plus an error naming the stopped
 * service (`extensions.serviceName`) and the path it left null; once the subgraph is started again the full answer
 * returns without restarting anything. The schema makes this possible: fields another subgraph resolves than their
 * parent's, references into another subgraph, and root fields are nullable (README, "Partial data"). `facts`, which
 * merges every subgraph's facts, lists the facts of the subgraphs still up.
 */
import { readFileSync } from "node:fs";
import { Kind, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { loadOperations } from "../../scripts/schema/registeredOperations.js";
import { type ServiceName, startFederation, type TestFederation } from "../support/federation.js";

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

const crossSubgraph = loadOperations(fromProjectRoot()).operations.filter((operation) =>
  operation.location.startsWith("schema/operations/cross-subgraph/"),
);

/** The subgraph that resolves each root Query field, from the committed supergraph's join directives. */
function rootFieldOwners(): Map<string, string> {
  const supergraph = parse(readFileSync(fromProjectRoot("schema", "supergraph.graphql"), "utf8"));
  const owners = new Map<string, string>();
  for (const definition of supergraph.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== "Query") continue;
    for (const field of definition.fields ?? []) {
      const join = field.directives?.find((directive) => directive.name.value === "join__field");
      const graph = join?.arguments?.find((argument) => argument.name.value === "graph")?.value;
      if (graph?.kind === Kind.ENUM) owners.set(field.name.value, graph.value.toLowerCase());
    }
  }
  return owners;
}

/** The fact types a subgraph owns: those implementing `Fact` in its committed SDL (schema/<name>.graphql). */
function factTypesOf(subgraph: string): Set<string> {
  const sdl = parse(readFileSync(fromProjectRoot("schema", `${subgraph}.graphql`), "utf8"));
  return new Set(
    sdl.definitions.flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      definition.interfaces?.some((implemented) => implemented.name.value === "Fact")
        ? [definition.name.value]
        : [],
    ),
  );
}

/** Every leaf of a response with its path, e.g. ["country", "headsOfState", 0, "name"] → "Orsi". */
function leaves(value: unknown, path: (string | number)[] = []): [string, unknown][] {
  if (value === null || typeof value !== "object") return [[JSON.stringify(path), value]];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return entries.flatMap(([key, item]) => leaves(item, [...path, key]));
}

/**
 * A response with each `facts` connection taken out, and the fact nodes it listed by id: during an outage a `facts`
 * page lists the facts of the subgraphs still up, so positions, counts and cursors differ from the full page's.
 */
function splitFacts(
  value: unknown,
  nodes = new Map<string, unknown>(),
): { rest: unknown; nodes: Map<string, unknown> } {
  if (value === null || typeof value !== "object") return { rest: value, nodes };
  if (Array.isArray(value)) return { rest: value.map((item) => splitFacts(item, nodes).rest), nodes };
  const rest: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const connection = key === "facts" ? (item as { nodes?: { id: string }[] } | null) : undefined;
    if (connection === undefined) rest[key] = splitFacts(item, nodes).rest;
    else for (const node of connection?.nodes ?? []) nodes.set(node.id, node);
  }
  return { rest, nodes };
}

const BY_GLOBAL_ID = new Set(["node", "nodes"]);

let federation: TestFederation;
const owners = rootFieldOwners();

async function run(name: string): Promise<Answer> {
  const operation = crossSubgraph.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`no registered operation ${name}`);
  const file = operation.location.slice(0, operation.location.indexOf(".graphql:") + ".graphql".length);
  const response = await fetch(federation.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: readFileSync(fromProjectRoot(file), "utf8"), operationName: name }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Answer;
}

beforeAll(async () => {
  // Every answer must come from the subgraphs as they are now: the response cache would replay the full answers
  // cached before the outage for their max-age (README, "HTTP caching").
  federation = await startFederation({ env: { GATEWAY_RESPONSE_CACHE: "false" } });
});

afterAll(async () => {
  await federation?.stop();
});

describe.each(["diplomacy", "infrastructure", "finance"] as const)("with %s stopped", (stopped: ServiceName) => {
  const full = new Map<string, Answer>();

  it("has every registered cross-subgraph operation answering in full first", async () => {
    expect(crossSubgraph.length).toBeGreaterThanOrEqual(5);
    for (const { name } of crossSubgraph) {
      const answer = await run(name);
      expect(answer.errors, name).toBeUndefined();
      full.set(name, answer);
    }
  });

  it("answers each with the other subgraphs' data and an error naming the stopped one and the path", async () => {
    await federation.stopService(stopped);
    let affected = 0;
    for (const { name } of crossSubgraph) {
      const answer = await run(name);
      const expected = full.get(name) as Answer;
      expect(answer.data, name).toEqual(expect.any(Object));
      // Whatever the answer holds is what the full answer holds: an outage nulls, it never invents.
      const partial = splitFacts(answer.data);
      const whole = splitFacts(expected.data);
      const fullLeaves = new Map(leaves(whole.rest));
      for (const [path, value] of leaves(partial.rest)) {
        if (value !== null) expect(value, `${name} ${path}`).toEqual(fullLeaves.get(path));
      }
      for (const [id, node] of partial.nodes) {
        const fullNode = new Map(leaves(whole.nodes.get(id)));
        for (const [path, value] of leaves(node)) {
          if (value !== null) expect(value, `${name} facts ${id} ${path}`).toEqual(fullNode.get(path));
        }
      }
      // A root field another subgraph resolves keeps its data (`node` returns an object its type's owner serves).
      for (const [field, value] of Object.entries(answer.data ?? {})) {
        if (owners.get(field) !== stopped && !BY_GLOBAL_ID.has(field)) expect(value, `${name}.${field}`).not.toBeNull();
      }
      if (JSON.stringify(answer.data) === JSON.stringify(expected.data)) continue;
      affected += 1;
      const named = (answer.errors ?? []).filter((error) => error.extensions?.serviceName === stopped);
      expect(named.length, `${name}: ${JSON.stringify(answer.errors)}`).toBeGreaterThan(0);
      for (const error of named) {
        expect(error.extensions?.code).toBe("SUBGRAPH_UNAVAILABLE");
        expect(error.path?.length, `${name}: ${JSON.stringify(error)}`).toBeGreaterThan(0);
      }
    }
    expect(affected).toBeGreaterThan(0);
  });

  it("answers each in full again once the subgraph is back, without restarting anything else", async () => {
    const gateway = federation.pid("gateway");
    await federation.startService(stopped);
    for (const { name } of crossSubgraph) {
      expect(await run(name), name).toEqual(full.get(name));
    }
    expect(federation.pid("gateway")).toBe(gateway);
  });
});

describe("facts while a subgraph that contributes facts is down", () => {
  const FACTS = "{ article { facts(first: 100) { totalCount nodes { __typename id } } } }";
  const financeTypes = factTypesOf("finance");

  async function facts(): Promise<{ answer: Answer; nodes: { __typename: string; id: string }[] }> {
    const response = await fetch(federation.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: FACTS }),
    });
    const answer = (await response.json()) as Answer;
    const article = answer.data?.article as { facts: { nodes: { __typename: string; id: string }[] } | null } | null;
    return { answer, nodes: article?.facts?.nodes ?? [] };
  }

  it("lists diplomacy's and infrastructure's facts, with an error naming finance at the article", async () => {
    const full = await facts();
    expect(full.answer.errors).toBeUndefined();
    const article = full.answer.data?.article as { facts: { totalCount: number } } | undefined;
    expect(article?.facts.totalCount).toBe(full.nodes.length);
    expect(financeTypes.size).toBeGreaterThan(0);
    expect(full.nodes.some((node) => financeTypes.has(node.__typename))).toBe(true);
    await federation.stopService("finance");
    try {
      const partial = await facts();
      expect(partial.nodes).toEqual(full.nodes.filter((node) => !financeTypes.has(node.__typename)));
      expect(partial.nodes.length).toBeGreaterThan(0);
      expect(partial.answer.errors).toEqual([
        expect.objectContaining({
          path: ["article"],
          extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "finance" }),
        }),
      ]);
    } finally {
      await federation.startService("finance");
    }
    expect(await facts()).toEqual(full);
  });
});
