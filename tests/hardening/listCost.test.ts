// biome-ignore-all lint/suspicious/noExplicitAny: answers are read by shape, asserted field by field
/**
 * Lists are charged by what bounds them, multiplied through nesting: a connection by its `first` (the default page size
 * when omitted), a bounded plain list by its declared size (`@listSize(assumedSize: N)`, read from the supergraph).
 * The nested-regions query is refused before any subgraph runs it, nested bounded lists likewise, while every
 * registered operation stays under the default limit and every declared size still bounds the real data.
 */
import { readFileSync } from "node:fs";
import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
} from "graphql";
import { describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/config.js";
import { costLimit } from "../../gateway/limits/costLimit.js";
import { listSizesOf } from "../../gateway/limits/listSizes.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { loadOperations } from "../../scripts/schema/registeredOperations.js";
import { sharedFederation } from "../support/sharedFederation.js";
import { codesOf, post } from "./support/gatewayClient.js";

const supergraph = readFileSync(fromProjectRoot("schema/supergraph.graphql"), "utf8");
const schema = buildASTSchema(parse(readFileSync(fromProjectRoot("schema/contracts/public.graphql"), "utf8")), {
  assumeValidSDL: true,
});
const listSizes = listSizesOf(supergraph);
const defaultMaxCost = readGatewayConfig({}).limits.maxCost;

// The query: 10 aliases of regions → countries → region → countries → …, no `first` anywhere.
const nested =
  "regions { nodes { name countries { nodes { code name region { name countries { nodes { code name region { name } } } } } } } }";
const attack = `{ ${Array.from({ length: 10 }, (_, i) => `r${i}: ${nested}`).join(" ")} }`;
// The same through bounded lists only: participants → their engagements (one each) → participants → …
const bounded =
  "engagements(first: 2) { nodes { participants { engagements(first: 1) { nodes { participants { " +
  "engagements(first: 1) { nodes { participants { country { headsOfState { id } } } } } } } } } } }";
const boundedAttack = `{ ${Array.from({ length: 10 }, (_, i) => `b${i}: ${bounded}`).join(" ")} }`;

describe("declared list sizes", () => {
  it("are read from the supergraph for every unpaged list of objects the API serves", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || type.name.endsWith("Connection")) continue;
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const paged = field.args.some((arg) => arg.name === "first");
        const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        if (listOfObjects && !paged && !listSizes.has(`${type.name}.${field.name}`)) {
          missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
    // A connection is priced by `first`, so it declares no size; a bounded list does.
    expect(listSizes.get("Region.countries")).toBeUndefined();
    expect(listSizes.get("Engagement.participants")).toBe(5);
  });

  it("charge the nested-regions query far over the default limit, and every registered operation under it", () => {
    const check = costLimit(defaultMaxCost, () => listSizes);
    expect(Buffer.byteLength(attack)).toBeLessThan(1_400);
    expect(check(schema, parse(attack), {})?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
    expect(check(schema, parse(boundedAttack), {})?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
    const { operations } = loadOperations(fromProjectRoot("."));
    expect(operations.length).toBeGreaterThan(10);
    for (const operation of operations) {
      expect(check(schema, operation.document, {})?.message, operation.location).toBeUndefined();
    }
  });

  it("charges connections by their page size even without declared sizes; bounded lists need the sizes", () => {
    expect(costLimit(defaultMaxCost)(schema, parse(attack), {})?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
    expect(costLimit(defaultMaxCost)(schema, parse(boundedAttack), {})).toBeUndefined();
  });
});

describe("list cost at the gateway", () => {
  const federation = sharedFederation();

  it("refuses the nested-regions query with 400 COST_LIMIT_EXCEEDED and keeps answering", async () => {
    const refused = await post(federation.gatewayUrl, { query: attack });
    expect(refused.status, refused.text).toBe(400);
    expect(codesOf(refused)).toEqual(["COST_LIMIT_EXCEEDED"]);
    expect((await post(federation.gatewayUrl, { query: "{ article { id } }" })).status).toBe(200);
  });

  // Each declared size is an upper bound of the data: a list longer than its size would be undercharged.
  it("declares a size at least as large as every list in the data", async () => {
    const query = async (text: string) => {
      const answer = await post(federation.gatewayUrl, { query: text });
      expect(answer.body.errors, answer.text).toBeUndefined();
      return answer.body.data as Record<string, any>;
    };
    const sizeOf = (coordinate: string) => listSizes.get(coordinate) ?? 0;
    const longest = (lists: unknown[][]) => Math.max(...lists.map((list) => list.length));

    const { countries: all } = await query("{ countries(first: 100) { nodes { headsOfState { id } } } }");
    const leaders = all.nodes.map((country: any) => country.headsOfState);
    expect(longest(leaders)).toBeLessThanOrEqual(sizeOf("Country.headsOfState"));

    // Split so each request stays under the default cost limit.
    const byParticipants = await query(
      "{ engagements(first: 100) { nodes { participants { id } } pageInfo { hasNextPage } } }",
    );
    expect(byParticipants.engagements.pageInfo.hasNextPage).toBe(false);
    const participants = byParticipants.engagements.nodes.map((engagement: any) => engagement.participants);
    expect(longest(participants)).toBeLessThanOrEqual(sizeOf("Engagement.participants"));
    const byCountries = await query("{ engagements(first: 100) { nodes { participantCountries { code } } } }");
    const countries = byCountries.engagements.nodes.map((engagement: any) => engagement.participantCountries);
    expect(longest(countries)).toBeLessThanOrEqual(sizeOf("Engagement.participantCountries"));

    const { article } = await query(`{ article { paragraphs { number } diplomacyFacts { __typename }
      financeFacts { __typename } infrastructureFacts { __typename } } }`);
    for (const field of ["paragraphs", "diplomacyFacts", "financeFacts", "infrastructureFacts"]) {
      expect(article[field].length, field).toBeLessThanOrEqual(sizeOf(`Article.${field}`));
    }

    // Every fact's evidence, across all three subgraphs' types (they share one declared size).
    const { article: withFacts } = await query(
      "{ article { facts(first: 100) { nodes { evidence { paragraph } } pageInfo { hasNextPage } } } }",
    );
    expect(withFacts.facts.pageInfo.hasNextPage).toBe(false);
    expect(withFacts.facts.nodes.length).toBeGreaterThan(50);
    expect(longest(withFacts.facts.nodes.map((fact: any) => fact.evidence))).toBeLessThanOrEqual(
      sizeOf("Fact.evidence"),
    );
  });
});
