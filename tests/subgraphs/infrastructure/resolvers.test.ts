import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInfrastructureSchema } from "../../../subgraphs/infrastructure/schema.js";
import { openInfrastructureStore } from "../../../subgraphs/infrastructure/store/infrastructureStore.js";
import { encodeGlobalId as gid } from "../../../subgraphs/kit/globalId.js";
import { startTestSubgraph } from "../../support/subgraphHarness.js";

let subgraph: Awaited<ReturnType<typeof startInfrastructure>>;
const startInfrastructure = () =>
  startTestSubgraph("infrastructure", buildInfrastructureSchema, openInfrastructureStore);

beforeAll(async () => {
  subgraph = await startInfrastructure();
});
afterAll(async () => {
  await subgraph.stop();
});

const PROJECT_ID = "china-uruguay-500kv-ring-network-closure";
const P3_CRISES =
  "Price adjustments to public services in countries like Chile, Ecuador, Colombia, and Bolivia have repeatedly exacerbated domestic conflicts and triggered political crises.";
const P7_PRIORITIES =
  "The region prioritizes infrastructure construction, re-industrialization, connectivity, clean energy, agricultural modernization, and digital transformation";

describe("infrastructure resolvers", () => {
  it("serves the Belt and Road Initiative as the framework of infrastructure cooperation (paragraph 4)", async () => {
    const { data, errors } = await subgraph.query(`{
      initiatives { totalCount nodes { handle } }
      initiative(handle: "belt-and-road-initiative") {
        handle name cooperationMode contribution region { id }
        projects { nodes { handle } } addressedGaps { nodes { handle } } evidence { paragraph quote }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.initiatives).toEqual({ totalCount: 1, nodes: [{ handle: "belt-and-road-initiative" }] });
    expect(data?.initiative).toEqual({
      handle: "belt-and-road-initiative",
      name: "Belt and Road Initiative",
      cooperationMode: "high-quality joint construction",
      contribution: "continues to inject momentum into the modernization of Latin American infrastructure",
      region: { id: gid("Region", "latin-america") },
      projects: { nodes: [{ handle: PROJECT_ID }] },
      addressedGaps: { nodes: [{ handle: "infrastructure-public-goods-supply" }] },
      evidence: [
        {
          paragraph: 4,
          quote:
            "especially the high-quality joint construction of the Belt and Road Initiative, which continues to inject momentum into the modernization of Latin American infrastructure",
        },
        {
          paragraph: 4,
          quote:
            "China-Latin America cooperation is becoming a crucial driving force for improving the supply capacity of public goods in Latin America",
        },
      ],
    });
  });

  it("serves the 500 kV project: stage not stated ('upon completion'), with each expected outcome typed and cited (paragraph 4)", async () => {
    const { data, errors } = await subgraph.query(
      `query ($handle: String!) {
      infrastructureProject(handle: $handle) {
        handle name sector voltageKv status statusWording completionTimeReference
        initiative { handle } countries { code } hostCountry { code }
        expectedOutcomes { handle kind kindWording description project { handle } evidence { paragraph quote } }
        evidence { paragraph quote }
      }
    }`,
      { handle: PROJECT_ID },
    );
    expect(errors).toBeUndefined();
    expect(data?.infrastructureProject).toEqual({
      handle: PROJECT_ID,
      name: "500 kV transmission and transformation ring network closure project",
      sector: "POWER_TRANSMISSION",
      voltageKv: 500,
      status: "UNKNOWN",
      statusWording: "upon completion",
      completionTimeReference: null,
      initiative: { handle: "belt-and-road-initiative" },
      countries: [{ code: "CN" }, { code: "UY" }],
      hostCountry: { code: "UY" },
      expectedOutcomes: [
        {
          handle: "uruguay-backbone-grid-closed-loop",
          kind: "NETWORK_CONNECTIVITY",
          kindWording: "closed loop in Uruguay's backbone power grid",
          description: "achieve a closed loop in Uruguay's backbone power grid",
          project: { handle: PROJECT_ID },
          evidence: [
            { paragraph: 4, quote: "upon completion, will achieve a closed loop in Uruguay's backbone power grid" },
          ],
        },
        {
          handle: "uruguay-grid-carrying-capacity-and-stability",
          kind: "CAPACITY_AND_RELIABILITY",
          kindWording: "carrying capacity and operational stability",
          description: "significantly improving the grid's carrying capacity and operational stability",
          project: { handle: PROJECT_ID },
          evidence: [
            { paragraph: 4, quote: "significantly improving the grid's carrying capacity and operational stability" },
          ],
        },
        {
          handle: "uruguay-new-energy-integration",
          kind: "RENEWABLE_ENERGY_INTEGRATION",
          kindWording: "large-scale integration of new energy sources",
          description: "providing solid support for the large-scale integration of new energy sources",
          project: { handle: PROJECT_ID },
          evidence: [
            { paragraph: 4, quote: "providing solid support for the large-scale integration of new energy sources" },
          ],
        },
        {
          handle: "uruguay-energy-transition-and-sustainable-development",
          kind: "SUSTAINABLE_DEVELOPMENT",
          kindWording: "energy structure transformation and sustainable economic and social development",
          description:
            "contributing to the country's energy structure transformation and sustainable economic and social development",
          project: { handle: PROJECT_ID },
          evidence: [
            {
              paragraph: 4,
              quote:
                "and thus contributing to the country's energy structure transformation and sustainable economic and social development",
            },
          ],
        },
      ],
      evidence: [
        {
          paragraph: 4,
          quote:
            "the 500 kV transmission and transformation ring network closure project promoted by China and Uruguay under the framework of the Belt and Road Initiative",
        },
        { paragraph: 4, quote: "upon completion, will achieve a closed loop in Uruguay's backbone power grid" },
      ],
    });
  });

  it("filters projects by countries, sector and status with one filter input, root and nested alike", async () => {
    const uruguay = `filter: { countryCodes: ["UY"], sector: POWER_TRANSMISSION, status: UNKNOWN }`;
    const { data, errors } = await subgraph.query(`{
      all: infrastructureProjects { totalCount nodes { handle } }
      china: infrastructureProjects(filter: { countryCodes: ["CN"] }) { totalCount }
      uruguay: infrastructureProjects(${uruguay}) { totalCount nodes { handle } }
      chile: infrastructureProjects(filter: { countryCodes: ["CL"] }) { totalCount nodes { handle } pageInfo { hasNextPage endCursor } }
      either: infrastructureProjects(filter: { countryCodes: ["CL", "UY"] }) { totalCount }
      power: infrastructureProjects(filter: { sector: POWER_TRANSMISSION }) { totalCount }
      pending: infrastructureProjects(filter: { status: UNKNOWN }) { totalCount }
      built: infrastructureProjects(filter: { status: COMPLETED }) { totalCount }
      initiative(handle: "belt-and-road-initiative") {
        uruguay: projects(${uruguay}) { totalCount nodes { handle } }
        chile: projects(filter: { countryCodes: ["CL"] }) { totalCount }
      }
      _entities(representations: [{ __typename: "Country", code: "CN" }]) {
        ... on Country {
          uruguay: infrastructureProjects(${uruguay}) { totalCount }
          chile: infrastructureProjects(filter: { countryCodes: ["CL"] }) { totalCount }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      all: { totalCount: 1, nodes: [{ handle: PROJECT_ID }] },
      china: { totalCount: 1 },
      uruguay: { totalCount: 1, nodes: [{ handle: PROJECT_ID }] },
      chile: { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } },
      either: { totalCount: 1 },
      power: { totalCount: 1 },
      pending: { totalCount: 1 },
      built: { totalCount: 0 },
      initiative: { uruguay: { totalCount: 1, nodes: [{ handle: PROJECT_ID }] }, chile: { totalCount: 0 } },
      _entities: [{ uruguay: { totalCount: 1 }, chile: { totalCount: 0 } }],
    });
  });

  it("rejects a malformed country code in a project filter as invalid input", async () => {
    const { errors } = await subgraph.query(
      `query ($filter: InfrastructureProjectFilter) { infrastructureProjects(filter: $filter) { totalCount } }`,
      { filter: { countryCodes: ["uy"] } },
    );
    expect(errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("serves the public-goods gap and the one group claim about its crises, with typed effects (paragraph 3)", async () => {
    const { data, errors } = await subgraph.query(`{
      infrastructureGaps { nodes { handle } }
      infrastructureGap(handle: "infrastructure-public-goods-supply") {
        description effects effectsWording timeReference crisesExhaustive crisisCountriesExhaustive region { id }
        crises {
          nodes {
            handle countries { code } countriesExhaustive country { code } trigger effects effectsWording recurrence timeReference
            gap { handle } evidence { paragraph quote }
          }
        }
        addressedBy { nodes { handle } }
        evidence { paragraph quote }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.infrastructureGaps).toEqual({ nodes: [{ handle: "infrastructure-public-goods-supply" }] });
    expect(data?.infrastructureGap).toEqual({
      description: "the supply of infrastructure-related public goods is insufficient",
      // The turmoil is "closely related to" public goods in general: a PublicGoodsRelation, not this gap's effect.
      effects: ["UNMET_NEEDS"],
      effectsWording: ["making it difficult to meet the needs of the people"],
      timeReference: "Currently",
      crisesExhaustive: false,
      crisisCountriesExhaustive: false,
      region: { id: gid("Region", "latin-america") },
      // "countries like Chile, Ecuador, Colombia, and Bolivia": one claim about the group, its list not exhaustive.
      crises: {
        nodes: [
          {
            handle: "public-service-price-adjustment-crises",
            countries: [{ code: "CL" }, { code: "EC" }, { code: "CO" }, { code: "BO" }],
            countriesExhaustive: false,
            country: null,
            trigger: "PUBLIC_SERVICE_PRICE_ADJUSTMENT",
            effects: ["SOCIAL_CONFLICT", "POLITICAL_CRISIS"],
            effectsWording: ["exacerbated domestic conflicts", "triggered political crises"],
            recurrence: "repeatedly",
            timeReference: null,
            gap: { handle: "infrastructure-public-goods-supply" },
            evidence: [{ paragraph: 3, quote: P3_CRISES }],
          },
        ],
      },
      addressedBy: { nodes: [{ handle: "belt-and-road-initiative" }] },
      evidence: [
        { paragraph: 3, quote: "Currently" },
        {
          paragraph: 3,
          quote:
            "the supply of infrastructure-related public goods is insufficient, making it difficult to meet the needs of the people",
        },
      ],
    });
  });

  it("serves the turmoil as closely related to public goods in general, currently (paragraph 3)", async () => {
    const { data, errors } = await subgraph.query(`{
      publicGoodsRelations { nodes { handle subject relation relationWording object timeReference region { id } evidence { paragraph quote } } }
      turmoil: __type(name: "InfrastructureGapEffect") {
        enumValues(includeDeprecated: true) { name isDeprecated }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.publicGoodsRelations).toHaveProperty("nodes", [
      {
        handle: "turmoil-related-to-public-goods-supply",
        subject: "the political and social turmoil faced by many Latin American countries",
        relation: "RELATED",
        relationWording: "is closely related to",
        object: "the insufficient supply of public goods",
        timeReference: "Currently",
        region: { id: gid("Region", "latin-america") },
        evidence: [
          {
            paragraph: 3,
            quote:
              "Currently, the political and social turmoil faced by many Latin American countries is closely related to the insufficient supply of public goods.",
          },
        ],
      },
    ]);
    expect(data?.turmoil).toEqual({
      enumValues: [
        { name: "UNMET_NEEDS", isDeprecated: false },
        { name: "SOCIAL_CONFLICT", isDeprecated: false },
        { name: "POLITICAL_CRISIS", isDeprecated: false },
        { name: "OTHER", isDeprecated: false },
      ],
    });
  });

  it("filters and pages public-service crises", async () => {
    const { data } = await subgraph.query(`{
      all: publicServiceCrises { totalCount nodes { handle countries { code } } }
      ecuador: publicServiceCrises(countryCode: "EC") { totalCount nodes { handle } }
      uruguay: publicServiceCrises(countryCode: "UY") { totalCount nodes { handle } }
      empty: publicServiceCrises(first: 0) { totalCount nodes { handle } pageInfo { hasNextPage } }
      one: publicServiceCrisis(handle: "public-service-price-adjustment-crises") { countries { code } recurrence }
      gone: publicServiceCrisis(handle: "bolivia-public-service-price-crises") { handle }
    }`);
    const group = { handle: "public-service-price-adjustment-crises" };
    const codes = [{ code: "CL" }, { code: "EC" }, { code: "CO" }, { code: "BO" }];
    expect(data).toEqual({
      all: { totalCount: 1, nodes: [{ ...group, countries: codes }] },
      ecuador: { totalCount: 1, nodes: [group] },
      uruguay: { totalCount: 0, nodes: [] },
      empty: { totalCount: 1, nodes: [], pageInfo: { hasNextPage: true } },
      one: { countries: codes, recurrence: "repeatedly" },
      gone: null,
    });
  });

  it("serves the region's six priority areas in article order (paragraph 7)", async () => {
    const { data, errors } = await subgraph.query(`{
      priorityAreas { nodes { handle kind name region { id } evidence { paragraph quote } } }
      priorityArea(handle: "clean-energy") { kind name }
    }`);
    expect(errors).toBeUndefined();
    const { priorityAreas } = data as {
      priorityAreas: { nodes: { handle: string; kind: string; name: string; evidence: unknown[] }[] };
    };
    const areas = priorityAreas.nodes;
    expect(areas.map(({ kind, name }) => [kind, name])).toEqual([
      ["INFRASTRUCTURE_CONSTRUCTION", "infrastructure construction"],
      ["RE_INDUSTRIALIZATION", "re-industrialization"],
      ["CONNECTIVITY", "connectivity"],
      ["CLEAN_ENERGY", "clean energy"],
      ["AGRICULTURAL_MODERNIZATION", "agricultural modernization"],
      ["DIGITAL_TRANSFORMATION", "digital transformation"],
    ]);
    for (const area of areas) {
      expect(area).toMatchObject({
        region: { id: gid("Region", "latin-america") },
        evidence: [{ paragraph: 7, quote: P7_PRIORITIES }],
      });
    }
    expect(data?.priorityArea).toEqual({ kind: "CLEAN_ENERGY", name: "clean energy" });
  });

  it("lists what the subgraph knows from one paragraph", async () => {
    const { data, errors } = await subgraph.query<{
      _entities: Record<string, { __typename: string; handle?: string }[]>[];
    }>(`{
      _entities(representations: [{ __typename: "Article", id: "${gid("Article", "china-latin-america-cooperation")}" }]) {
        ... on Article {
          p3: infrastructureFacts(paragraph: 3) {
            __typename ... on PublicServiceCrisis { handle } ... on InfrastructureGap { handle }
          }
          p4: infrastructureFacts(paragraph: 4) { __typename }
          p7: infrastructureFacts(paragraph: 7) { __typename }
          p1: infrastructureFacts(paragraph: 1) { __typename }
          p9: infrastructureFacts(paragraph: 9) { __typename }
          all: infrastructureFacts { __typename }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    const article = data?._entities[0];
    expect(article?.p3).toEqual([
      { __typename: "InfrastructureGap", handle: "infrastructure-public-goods-supply" },
      { __typename: "PublicServiceCrisis", handle: "public-service-price-adjustment-crises" },
    ]);
    expect(article?.p4?.map((fact) => fact.__typename)).toEqual([
      "Initiative",
      "InfrastructureProject",
      "InfrastructureProjectOutcome",
      "InfrastructureProjectOutcome",
      "InfrastructureProjectOutcome",
      "InfrastructureProjectOutcome",
    ]);
    expect(article?.p7).toEqual(Array.from({ length: 6 }, () => ({ __typename: "PriorityArea" })));
    expect(article?.p1).toEqual([]);
    expect(article?.p9).toEqual([]);
    expect(article?.all).toHaveLength(1 + 1 + 4 + 1 + 1 + 6);
  });

  it("returns null for unknown ids", async () => {
    const { data, errors } = await subgraph.query(`{
      initiative(handle: "nope") { handle } infrastructureProject(handle: "nope") { handle } infrastructureGap(handle: "nope") { handle }
      publicServiceCrisis(handle: "nope") { handle } priorityArea(handle: "nope") { handle }
    }`);
    expect(errors).toBeUndefined();
    expect(Object.values(data ?? {})).toEqual([null, null, null, null, null]);
  });

  it.each([
    ["negative first", `{ infrastructureProjects(first: -1) { totalCount } }`, "first"],
    ["too large first", `{ publicServiceCrises(first: 101) { totalCount } }`, "first"],
    ["bad cursor", `{ initiatives(after: "not-a-cursor") { totalCount } }`, "after"],
    ["forged cursor", `{ publicServiceCrises(after: "b2Zmc2V0Oi0x") { totalCount } }`, "after"],
    ["malformed crisis country filter", `{ publicServiceCrises(countryCode: "cl") { totalCount } }`, "countryCode"],
    [
      "malformed project country filter",
      `{ infrastructureProjects(filter: { countryCodes: ["uy"] }) { totalCount } }`,
      "filter.countryCodes",
    ],
    [
      "paragraph zero",
      `{ _entities(representations: [{ __typename: "Article", id: "${gid("Article", "china-latin-america-cooperation")}" }]) { ... on Article { infrastructureFacts(paragraph: 0) { __typename } } } }`,
      "paragraph",
    ],
  ])("rejects %s with BAD_USER_INPUT and no stack trace", async (_case, query, argumentName) => {
    const { errors } = await subgraph.query(query);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argumentName });
  });

  it("rejects an unknown enum value as a validation error", async () => {
    const { errors } = await subgraph.query(`{ infrastructureProjects(sector: RAILWAY) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("rejects a country name where the CountryCode scalar wants an ISO code, as a validation error", async () => {
    const { errors } = await subgraph.query(`{ publicServiceCrises(countryCode: "Chile") { totalCount } }`);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors?.[0]?.message).toMatch(/not a valid country code: Chile/);
  });
});
