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

const tableOf = (sql: string) => /FROM (\w+)/.exec(sql)?.[1];

describe("infrastructure batching", () => {
  const nestedQuery = `query ($first: Int) {
    publicServiceCrises(first: $first) {
      nodes {
        handle countries { code }
        gap {
          handle crises { nodes { handle gap { handle } } }
          addressedBy { nodes { handle projects { nodes { handle expectedOutcomes { handle project { handle } } initiative { handle } } } addressedGaps { nodes { handle } } } }
        }
      }
    }
    priorityAreas { nodes { handle region { id } } }
  }`;

  it("issues one statement per entity type per batch, however long the lists", async () => {
    subgraph.store.resetExecuted();
    const { errors } = await subgraph.query(nestedQuery, { first: 100 });
    expect(errors).toBeUndefined();
    expect(subgraph.store.executed.map((sql) => tableOf(sql) ?? sql).sort()).toEqual([
      "infrastructure_gap", // gapsById: the crises' gap; the nested crises' gap is then a per-request cache hit
      "infrastructure_project", // projectsByInitiative
      "infrastructure_project", // projectsById: the 4 outcomes' project
      "initiative", // initiativesById: the project's initiative
      "initiative_gap", // initiativesByGap
      "initiative_gap", // gapsByInitiative
      "priority_area", // COUNT(*)
      "priority_area", // page (their regions are stubs: no statement)
      "project_outcome", // projectOutcomesByProject
      "public_service_crisis", // COUNT(*)
      "public_service_crisis", // page
      "public_service_crisis", // crisesByGap
    ]);
  });

  it("resolves many entity representations with one statement per type", async () => {
    subgraph.store.resetExecuted();
    const countries = ["CN", "BR", "UY", "CL", "EC", "CO", "BO"].map((code) => ({ __typename: "Country", code }));
    const { data, errors } = await subgraph.query<{ _entities: unknown[] }>(
      `query ($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Country { code infrastructureProjects { nodes { handle } } publicServiceCrises { nodes { handle } } }
          ... on Region { id priorityAreas { nodes { handle } } infrastructureGaps { nodes { handle } } publicGoodsRelations { nodes { handle } } }
        }
      }`,
      { r: [...countries, ...countries, { __typename: "Region", id: gid("Region", "latin-america") }] },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toHaveLength(15);
    expect(subgraph.store.executed.map(tableOf).sort()).toEqual([
      "infrastructure_gap",
      "priority_area",
      "project_country",
      "public_goods_relation",
      "public_service_crisis_country",
    ]);
  });

  it("loads the facts of the whole article with one statement per fact type", async () => {
    subgraph.store.resetExecuted();
    const { errors } = await subgraph.query(`{
      _entities(representations: [{ __typename: "Article", id: "${gid("Article", "china-latin-america-cooperation")}" }]) {
        ... on Article { infrastructureFacts { __typename } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(subgraph.store.executed.map(tableOf).sort()).toEqual([
      "fact_index",
      "infrastructure_gap",
      "infrastructure_project",
      "initiative",
      "priority_area",
      "project_outcome",
      "public_service_crisis",
    ]);
  });

  it("filters and sorts nested connections with as many statements for one parent as for fourteen", async () => {
    const filtered = `query ($r: [_Any!]!) {
      _entities(representations: $r) {
        ... on Country {
          infrastructureProjects(filter: { countryCodes: ["CN", "UY"] }, orderBy: { field: NAME, direction: DESC }) {
            totalCount nodes { handle }
          }
          publicServiceCrises(filter: { countryCodes: ["EC"] }, orderBy: { field: COUNTRY_CODE }) {
            nodes { gap { crises(filter: { countryCodes: ["BO"] }, orderBy: { field: COUNTRY_CODE }) { totalCount }
              addressedBy(orderBy: { field: NAME }) { nodes { projects(orderBy: { field: NAME }) { totalCount } } } } }
          }
        }
      }
    }`;
    const statements = async (codes: string[]) => {
      subgraph.store.resetExecuted();
      const representations = codes.map((code) => ({ __typename: "Country", code }));
      const { errors } = await subgraph.query(filtered, { r: representations });
      expect(errors).toBeUndefined();
      return subgraph.store.executed.map((sql) => tableOf(sql) ?? sql).sort();
    };
    const one = await statements(["EC"]);
    const all = ["CN", "BR", "UY", "CL", "EC", "CO", "BO"];
    const many = await statements([...all, ...all]);
    expect(many).toEqual(one);
    expect(many).toEqual([
      "infrastructure_gap", // gapsById: the crises' gap
      "infrastructure_project", // projectsByInitiative
      "initiative_gap", // initiativesByGap
      "project_country", // projectsByCountry
      "public_service_crisis", // crisesByGap
      "public_service_crisis_country", // crisesByCountry
    ]);
  });
});
