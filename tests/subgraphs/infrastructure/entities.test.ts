import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDiplomacySchema } from "../../../subgraphs/diplomacy/schema.js";
import { buildFinanceSchema } from "../../../subgraphs/finance/schema.js";
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

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Country { code infrastructureProjects { nodes { handle } } publicServiceCrises { nodes { handle } } }
    ... on Region { id priorityAreas { nodes { kind } } infrastructureGaps { nodes { handle } } }
    ... on Article { id facts: infrastructureFacts(paragraph: 4) { __typename } }
  }
}`;

describe("infrastructure as a Federation 2 subgraph", () => {
  it("publishes its SDL with the federation link, keys and contract tags", async () => {
    const { data } = await subgraph.query<{ _service: { sdl: string } }>("{ _service { sdl } }");
    const sdl = data?._service.sdl ?? "";
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.9"');
    expect(sdl).toMatch(/type Article\s+implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Country\s+implements Node\s+@key\(fields: "code"\)/);
    expect(sdl).toMatch(/type Region\s+implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Evidence\s+@shareable/);
    expect(sdl).toContain('dataFile: String! @tag(name: "internal")');
    // The stubs carry their key, the shared reference data (id, name) and this subgraph's fields, never diplomacy's.
    expect(sdl).not.toMatch(/type Country[^}]*\n\s+(evidence|headsOfState):/);
    expect(sdl).toMatch(/type Country[^}]*\n\s+id: ID! @shareable/);
    expect(sdl).toMatch(/type Country[^}]*\n\s+name: String! @shareable/);
    expect(sdl).toMatch(/type Region[^}]*\n\s+name: String! @shareable/);
    // Relations that can grow are connections, priced by `first`; a bounded list declares its size.
    expect(sdl).toMatch(/infrastructureProjects\([\s\S]*?\): InfrastructureProjectConnection\n/);
    expect(sdl).toMatch(/priorityAreas\([\s\S]*?\): PriorityAreaConnection\n/);
    expect(sdl).toMatch(/promoterCountries: \[Country!\] @listSize\(assumedSize: 5\)\n/);
  });

  it("composes with the other subgraphs without errors or hints", async () => {
    const [diplomacy, infrastructure, finance] = await Promise.all([
      buildDiplomacySchema(),
      buildInfrastructureSchema(),
      buildFinanceSchema(),
    ]);
    const result = composeServices([
      { name: "diplomacy", url: "http://127.0.0.1:4001/graphql", typeDefs: parse(printSubgraphSchema(diplomacy)) },
      {
        name: "infrastructure",
        url: "http://127.0.0.1:4002/graphql",
        typeDefs: parse(printSubgraphSchema(infrastructure)),
      },
      { name: "finance", url: "http://127.0.0.1:4003/graphql", typeDefs: parse(printSubgraphSchema(finance)) },
    ]);
    expect(result.errors?.map((error) => error.message)).toBeUndefined();
    expect((result.hints ?? []).map((hint) => hint.message)).toEqual([]);
  });

  it("resolves batched representations of every entity; unknown keys give stubs with empty lists", async () => {
    const { data, errors } = await subgraph.query(entitiesQuery, {
      representations: [
        { __typename: "Country", code: "UY" },
        { __typename: "Country", code: "CN" },
        { __typename: "Country", code: "CL" },
        { __typename: "Country", code: "FR" },
        { __typename: "Region", id: gid("Region", "latin-america") },
        { __typename: "Region", id: gid("Region", "atlantis") },
        { __typename: "Article", id: gid("Article", "china-latin-america-cooperation") },
        { __typename: "Article", id: gid("Article", "another-article") },
      ],
    });
    expect(errors).toBeUndefined();
    const project = { handle: "china-uruguay-500kv-ring-network-closure" };
    expect(data?._entities).toEqual([
      {
        __typename: "Country",
        code: "UY",
        infrastructureProjects: { nodes: [project] },
        publicServiceCrises: { nodes: [] },
      },
      {
        __typename: "Country",
        code: "CN",
        infrastructureProjects: { nodes: [project] },
        publicServiceCrises: { nodes: [] },
      },
      {
        __typename: "Country",
        code: "CL",
        infrastructureProjects: { nodes: [] },
        publicServiceCrises: { nodes: [{ handle: "public-service-price-adjustment-crises" }] },
      },
      { __typename: "Country", code: "FR", infrastructureProjects: { nodes: [] }, publicServiceCrises: { nodes: [] } },
      {
        __typename: "Region",
        id: gid("Region", "latin-america"),
        priorityAreas: {
          nodes: [
            { kind: "INFRASTRUCTURE_CONSTRUCTION" },
            { kind: "RE_INDUSTRIALIZATION" },
            { kind: "CONNECTIVITY" },
            { kind: "CLEAN_ENERGY" },
            { kind: "AGRICULTURAL_MODERNIZATION" },
            { kind: "DIGITAL_TRANSFORMATION" },
          ],
        },
        infrastructureGaps: { nodes: [{ handle: "infrastructure-public-goods-supply" }] },
      },
      {
        __typename: "Region",
        id: gid("Region", "atlantis"),
        priorityAreas: { nodes: [] },
        infrastructureGaps: { nodes: [] },
      },
      {
        __typename: "Article",
        id: gid("Article", "china-latin-america-cooperation"),
        facts: [
          { __typename: "Initiative" },
          { __typename: "InfrastructureProject" },
          ...Array.from({ length: 4 }, () => ({ __typename: "InfrastructureProjectOutcome" })),
        ],
      },
      { __typename: "Article", id: gid("Article", "another-article"), facts: [] },
    ]);
  });

  it("returns Country and Region stubs the gateway completes in diplomacy", async () => {
    const { data } = await subgraph.query(`{
      infrastructureProject(handle: "china-uruguay-500kv-ring-network-closure") { countries { __typename code } hostCountry { __typename code } }
      publicServiceCrisis(handle: "public-service-price-adjustment-crises") { countries { __typename code } }
      priorityArea(handle: "connectivity") { region { __typename id } }
    }`);
    expect(data).toEqual({
      infrastructureProject: {
        countries: [
          { __typename: "Country", code: "CN" },
          { __typename: "Country", code: "UY" },
        ],
        hostCountry: { __typename: "Country", code: "UY" },
      },
      publicServiceCrisis: {
        countries: ["CL", "EC", "CO", "BO"].map((code) => ({ __typename: "Country", code })),
      },
      priorityArea: { region: { __typename: "Region", id: gid("Region", "latin-america") } },
    });
  });
});
