/**
 * The API's cross-cutting shape through the real gateway: `Article.facts` and `Country.facts` (one connection over
 * the facts every subgraph owns, filtered by paragraph, country, type and text, paged, each with its evidence) and
 * `node(id:)`/`nodes(ids:)` refetching an object of every `Node` type by its opaque global id.
 */
import { describe, expect, it } from "vitest";
import { sharedFederation } from "../support/sharedFederation.js";
import { postGraphQL } from "../support/subgraphHarness.js";

interface FactPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { __typename: string; id: string; evidence: { paragraph: number; quote: string }[] }[];
}

const federation = sharedFederation();

async function articleFacts(filter: Record<string, unknown>, first = 100, after: string | null = null) {
  const answer = await postGraphQL<{ article: { facts: FactPage } }>(
    federation.gatewayUrl,
    `query ($filter: FactFilter, $first: Int, $after: String) {
      article { facts(filter: $filter, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { __typename id evidence { paragraph quote } }
      } }
    }`,
    { filter, first, after },
  );
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return (answer.data as { article: { facts: FactPage } }).article.facts;
}

describe("Article.facts", () => {
  it("returns the facts of one paragraph from all three subgraphs in one connection", async () => {
    const facts = await articleFacts({ paragraph: 3 });
    const types = new Set(facts.nodes.map((fact) => fact.__typename));
    expect(types).toContain("Country"); // diplomacy
    expect(types).toContain("PublicServiceCrisis"); // infrastructure
    expect(types).toContain("FinancialRisk"); // finance
    expect(facts.totalCount).toBe(facts.nodes.length);
    for (const fact of facts.nodes) {
      expect(fact.evidence.map((item) => item.paragraph)).toContain(3);
    }
  });

  it("answers the fields each owner serves, through fragments on the concrete types", async () => {
    const answer = await postGraphQL<{ article: { facts: { nodes: Record<string, unknown>[] } } }>(
      federation.gatewayUrl,
      `{ article { facts(filter: { paragraph: 3, types: [PUBLIC_SERVICE_CRISIS, FINANCIAL_RISK] }, first: 50) { nodes {
          __typename ... on PublicServiceCrisis { handle countries { code } } ... on FinancialRisk { handle name }
      } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data?.article.facts.nodes ?? [];
    expect(nodes).toEqual([
      {
        __typename: "PublicServiceCrisis",
        handle: "public-service-price-adjustment-crises",
        countries: [{ code: "CL" }, { code: "EC" }, { code: "CO" }, { code: "BO" }],
      },
      { __typename: "FinancialRisk", handle: "high-debt-pressure", name: "high debt pressure" },
      {
        __typename: "FinancialRisk",
        handle: "frequent-sovereign-debt-restructuring",
        name: "frequent sovereign debt restructuring",
      },
    ]);
  });

  it("serves what the article states beyond names and events, from every subgraph, each cited", async () => {
    const answer = await postGraphQL<{ article: { facts: FactPage & { nodes: Record<string, unknown>[] } } }>(
      federation.gatewayUrl,
      `{ article { facts(filter: { types: [TREND, CAUSAL_LINK, STATED_POSITION, ASSESSMENT, PUBLIC_GOODS_RELATION, FINANCIAL_OUTLOOK] }, first: 15) {
          totalCount
          nodes {
            __typename
            evidence { paragraph }
            ... on Trend { handle timeReference }
            ... on CausalLink { handle majorProjects { handle } priorityAreas { name } }
            ... on StatedPosition { handle statedBy { code } occasionPolicyDocument { handle } }
            ... on Assessment { handle aboutCountry { code } }
            ... on PublicGoodsRelation { handle timeReference region { name } }
            ... on FinancialOutlook { handle expectedOutcomes region { name } }
          }
      } } }`,
    );
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const facts = answer.data?.article.facts;
    const count = (type: string) => facts?.nodes.filter((fact) => fact.__typename === type).length;
    expect(facts?.totalCount).toBe(3 + 7 + 1 + 2 + 1 + 1);
    expect([
      count("Trend"),
      count("CausalLink"),
      count("StatedPosition"),
      count("Assessment"),
      count("PublicGoodsRelation"),
      count("FinancialOutlook"),
    ]).toEqual([3, 7, 1, 2, 1, 1]);
    // Region names come from diplomacy: the gateway joins the infrastructure and finance facts to their region.
    expect(facts?.nodes).toContainEqual({
      __typename: "PublicGoodsRelation",
      evidence: [{ paragraph: 3 }],
      handle: "turmoil-related-to-public-goods-supply",
      timeReference: "Currently",
      region: { name: "Latin America" },
    });
    expect(facts?.nodes).toContainEqual({
      __typename: "FinancialOutlook",
      evidence: [{ paragraph: 6 }],
      handle: "innovative-financial-cooperation-mechanisms-outlook",
      expectedOutcomes: ["FINANCIAL_STABILITY", "DEVELOPMENT_CAPABILITIES"],
      region: { name: "Latin America" },
    });
    // The priority areas are infrastructure's: the gateway completes diplomacy's references to them.
    expect(facts?.nodes).toContainEqual({
      __typename: "CausalLink",
      evidence: [{ paragraph: 7 }, { paragraph: 7 }],
      handle: "guided-cooperation-focuses-on-key-development-areas",
      majorProjects: ["unity", "development", "civilization", "peace", "people-to-people-bonds"].map((handle) => ({
        handle,
      })),
      priorityAreas: [
        "infrastructure construction",
        "re-industrialization",
        "connectivity",
        "clean energy",
        "agricultural modernization",
        "digital transformation",
      ].map((name) => ({ name })),
    });
    expect(facts?.nodes).toContainEqual({
      __typename: "StatedPosition",
      evidence: [{ paragraph: 5 }],
      handle: "china-willingness-on-third-policy-document",
      statedBy: { code: "CN" },
      occasionPolicyDocument: { handle: "china-third-latin-america-policy-document" },
    });
  });

  it("pages through the whole article in article order without repeating a fact", async () => {
    const all = await articleFacts({});
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await articleFacts({}, 7, after);
      seen.push(...page.nodes.map((fact) => fact.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((fact) => fact.id));
    expect(new Set(seen).size).toBe(all.totalCount);
    const firstParagraphs = all.nodes.map((fact) => Math.min(...fact.evidence.map((item) => item.paragraph)));
    expect(firstParagraphs).toEqual([...firstParagraphs].sort((a, b) => a - b));
  });

  it("filters by country, by text (words and prefixes, diacritics ignored) and by both", async () => {
    const uruguay = await articleFacts({ countryCodes: ["UY"] });
    const uruguayTypes = new Set(uruguay.nodes.map((fact) => fact.__typename));
    expect(uruguayTypes).toEqual(
      new Set(["Country", "HeadOfState", "Engagement", "InfrastructureProject", "InfrastructureProjectOutcome"]),
    );
    const panda = await articleFacts({ text: "panda BONDS" });
    expect(panda.totalCount).toBeGreaterThan(0);
    for (const fact of panda.nodes) expect(fact.evidence.some(({ quote }) => /panda bonds/i.test(quote))).toBe(true);
    const prefix = await articleFacts({ text: "transmis" });
    expect(prefix.nodes.map((fact) => fact.__typename)).toContain("InfrastructureProject");
    const none = await articleFacts({ countryCodes: ["UY"], text: "panda" });
    expect(none.totalCount).toBe(0);
  });

  it("refuses a filter it cannot apply with BAD_USER_INPUT naming the argument", async () => {
    for (const filter of [{ paragraph: 0 }, { text: "  ***  " }]) {
      const answer = await postGraphQL(
        federation.gatewayUrl,
        "query ($filter: FactFilter) { article { facts(filter: $filter) { totalCount } } }",
        { filter },
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const badCode = await postGraphQL(
      federation.gatewayUrl,
      '{ article { facts(filter: { countryCodes: ["uy"] }) { totalCount } } }',
    );
    expect(badCode.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("Country.facts", () => {
  it("returns every fact about the country, from every subgraph that has one", async () => {
    const answer = await postGraphQL<{ country: { facts: FactPage } }>(
      federation.gatewayUrl,
      '{ country(code: "CL") { facts { totalCount nodes { __typename id evidence { paragraph } } } } }',
    );
    expect(answer.errors).toBeUndefined();
    const types = answer.data?.country.facts.nodes.map((fact) => fact.__typename);
    expect(types).toEqual(["Country", "PublicServiceCrisis"]);
  });
});

describe("node(id:) and nodes(ids:)", () => {
  async function nodeTypes(): Promise<string[]> {
    const answer = await postGraphQL<{ __type: { possibleTypes: { name: string }[] } }>(
      federation.gatewayUrl,
      '{ __type(name: "Node") { possibleTypes { name } } }',
    );
    return (answer.data?.__type.possibleTypes ?? []).map((type) => type.name).sort();
  }

  /** One global id per Node type: the article, and one fact of each type from its facts. */
  async function oneIdPerType(): Promise<Map<string, string>> {
    const answer = await postGraphQL<{ article: { __typename: string; id: string; facts: FactPage } }>(
      federation.gatewayUrl,
      "{ article { __typename id facts(first: 100) { nodes { __typename id } } } }",
    );
    const article = answer.data?.article;
    const ids = new Map<string, string>();
    if (!article) return ids;
    ids.set(article.__typename, article.id);
    for (const fact of article.facts.nodes) if (!ids.has(fact.__typename)) ids.set(fact.__typename, fact.id);
    return ids;
  }

  it("refetches an object of every Node type by its global id, with fields from its owner", async () => {
    const types = await nodeTypes();
    const ids = await oneIdPerType();
    expect([...ids.keys()].sort()).toEqual(types);
    expect(types.length).toBeGreaterThanOrEqual(18);
    for (const [type, id] of ids) {
      const answer = await postGraphQL<{ node: { __typename: string; id: string; handle?: string } | null }>(
        federation.gatewayUrl,
        `query ($id: ID!) { node(id: $id) { __typename id ... on ${type} { handle } } }`,
        { id },
      );
      expect(answer.errors, `${type}: ${JSON.stringify(answer.errors)}`).toBeUndefined();
      expect(answer.data?.node?.__typename).toBe(type);
      expect(answer.data?.node?.id).toBe(id);
      expect(answer.data?.node?.handle, type).toEqual(expect.any(String));
    }
  });

  it("answers nodes(ids:) in the order asked, null for unknown or malformed ids", async () => {
    const byType = await oneIdPerType();
    const engagement = byType.get("Engagement");
    const article = byType.get("Article");
    const unknownOwnedElsewhere = Buffer.from("InfrastructureProject:no-such-project").toString("base64url");
    const unknownHere = Buffer.from("Engagement:no-such-engagement").toString("base64url");
    const asked = [engagement, "not an id", unknownHere, article, unknownOwnedElsewhere, "Q291bnRyeTpVWQ=="];
    // A record owned elsewhere is known to be missing once a field its owner serves is asked for (`handle`).
    const answer = await postGraphQL<{ nodes: ({ id: string } | null)[] }>(
      federation.gatewayUrl,
      "query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on InfrastructureProject { handle } } }",
      { ids: asked },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.nodes).toEqual([{ id: engagement }, null, null, { id: article }, null, null]);
  });

  it("keeps every readable slug as `handle` and lookups by handle", async () => {
    const answer = await postGraphQL<{ country: { id: string; code: string; handle: string } }>(
      federation.gatewayUrl,
      '{ country(code: "UY") { id code handle } }',
    );
    expect(answer.data?.country).toEqual({ id: expect.any(String), code: "UY", handle: "UY" });
    const refetched = await postGraphQL<{ node: { code: string } }>(
      federation.gatewayUrl,
      "query ($id: ID!) { node(id: $id) { ... on Country { code name } } }",
      { id: answer.data?.country.id },
    );
    expect(refetched.data?.node).toEqual({ code: "UY", name: "Uruguay" });
  });
});
