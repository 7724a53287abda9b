import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDiplomacySchema } from "../../../subgraphs/diplomacy/schema.js";
import { openDiplomacyStore } from "../../../subgraphs/diplomacy/store/diplomacyStore.js";
import { encodeGlobalId as gid } from "../../../subgraphs/kit/globalId.js";
import { startTestSubgraph } from "../../support/subgraphHarness.js";

let subgraph: Awaited<ReturnType<typeof startDiplomacy>>;
const startDiplomacy = () => startTestSubgraph("diplomacy", buildDiplomacySchema, openDiplomacyStore);

beforeAll(async () => {
  subgraph = await startDiplomacy();
});
afterAll(async () => {
  await subgraph.stop();
});

const tableOf = (sql: string) => /FROM (\w+)/.exec(sql)?.[1];

describe("diplomacy batching", () => {
  const nestedQuery = `query ($first: Int) {
    countries(first: $first) {
      nodes {
        code region { handle countries { nodes { code } } }
        headsOfState { handle country { code } engagements { nodes { handle } } }
        engagements { nodes { handle participants { handle country { code } } participantCountries { code } hostCountry { code } } }
      }
    }
  }`;

  async function statementsFor(first: number): Promise<string[]> {
    subgraph.store.resetExecuted();
    const { errors } = await subgraph.query(nestedQuery, { first });
    expect(errors).toBeUndefined();
    return subgraph.store.executed.map((sql) => tableOf(sql) ?? sql).sort();
  }

  it("issues one statement per entity type per batch, however long the lists", async () => {
    const forAll = await statementsFor(100);
    // count + page of countries, then one batched statement per relation and tree level
    expect(forAll).toEqual([
      "country", // COUNT(*)
      "country", // page
      "country", // countriesByRegion
      "country", // countriesByCode: leaders', participants' and host countries, batched together
      "engagement_country", // engagementsByCountry
      "engagement_country", // countriesByEngagement
      "engagement_participant", // engagementsByParticipant
      "engagement_participant", // participantsByEngagement
      "head_of_state", // headsOfStateByCountry
      "region", // regionsById
    ]);
    // 7 countries, 3 leaders and 2 engagements would cost dozens of lookups one by one
    const lookups = forAll.length - 2;
    expect(lookups).toBeLessThanOrEqual(9);
  });

  it("pages, filters and sorts nested connections without a statement per parent", async () => {
    const pagedQuery = `query ($first: Int) {
      countries(first: $first) {
        nodes {
          statedPositions(first: 1) { totalCount nodes { handle } }
          assessments(first: 1) { totalCount pageInfo { hasNextPage endCursor } }
          engagements(first: 1) { totalCount nodes { handle } }
          region { countries(first: 2, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { code } } }
        }
      }
      frameworks(first: $first) {
        nodes {
          children(first: 5) { nodes { adoptedDocuments { nodes { statedPositions { totalCount } } } } }
          announcedProjects(first: 5) { totalCount nodes { causalLinks(first: 2) { totalCount } } }
        }
      }
    }`;
    const statements = async (first: number) => {
      subgraph.store.resetExecuted();
      const { data, errors } = await subgraph.query(pagedQuery, { first });
      expect(errors).toBeUndefined();
      return { data, executed: subgraph.store.executed.map((sql) => tableOf(sql) ?? sql).sort() };
    };
    const one = await statements(1);
    const all = await statements(100);
    // One batched statement per relation and tree level, whether 1 or every parent is on the page (the first
    // country and framework reach fewer relations: China has no region, the first framework no children).
    expect(one.executed.every((table) => all.executed.includes(table))).toBe(true);
    expect(one.executed.length).toBeLessThanOrEqual(all.executed.length);
    expect(all.executed).toEqual([
      "assessment", // assessmentsAboutCountry
      "causal_link_major_project", // causalLinksByMajorProject
      "country", // COUNT(*)
      "country", // page
      "country", // countriesByRegion
      "engagement_country", // engagementsByCountry
      "framework", // COUNT(*)
      "framework", // page
      "framework", // frameworksByParent
      "major_project", // majorProjectsByAnnouncement
      "policy_document", // policyDocumentsByAdopter
      "region", // regionsById
      "stated_position", // statedPositionsByCountry
      "stated_position", // statedPositionsByPolicyDocument
    ]);
    const countries = (all.data as { countries: { nodes: Record<string, unknown>[] } }).countries.nodes;
    const china = countries.find((country) => (country.statedPositions as { totalCount: number }).totalCount > 0);
    expect(china).toMatchObject({
      statedPositions: { totalCount: 1, nodes: [{ handle: "china-willingness-on-third-policy-document" }] },
      assessments: { totalCount: 2, pageInfo: { hasNextPage: true } },
    });
    expect(countries.find((country) => country.region)?.region).toEqual({
      countries: { totalCount: 6, nodes: [{ code: "UY" }, { code: "EC" }] },
    });
  });

  it("resolves many entity representations with one statement per type", async () => {
    subgraph.store.resetExecuted();
    const representations = ["CN", "BR", "UY", "CL", "EC", "CO", "BO"].map((code) => ({ __typename: "Country", code }));
    representations.push(...representations);
    const { data } = await subgraph.query<{ _entities: unknown[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { code headsOfState { handle } } } }`,
      { r: [...representations, { __typename: "Region", id: gid("Region", "latin-america") }] },
    );
    expect(data?._entities).toHaveLength(15);
    expect(subgraph.store.executed.map(tableOf)).toEqual(["country", "region", "head_of_state"]);
  });

  it("filters and sorts nested connections with as many statements for one parent as for fourteen", async () => {
    const latinAmerica = gid("Region", "latin-america");
    const filtered = `query ($r: [_Any!]!) {
      _entities(representations: $r) {
        ... on Country {
          engagements(filter: { countryCodes: ["CN"], kind: TALKS }, orderBy: { field: KIND, direction: DESC }) {
            totalCount nodes { handle }
          }
          statedPositions(filter: { kind: WILLINGNESS }) { totalCount }
          headsOfState { engagements(filter: { countryCodes: ["UY"] }, orderBy: { field: KIND }) { totalCount } }
          region { countries(filter: { regionId: "${latinAmerica}" }, orderBy: { field: CODE }) { totalCount } }
        }
        ... on PolicyDocument { statedPositions(filter: { countryCodes: ["CN"] }) { totalCount } }
      }
      frameworks(filter: { kind: FORUM }, orderBy: { field: NAME }) {
        nodes { children(filter: { kind: MINISTERIAL_CONFERENCE }, orderBy: { field: NAME }) {
          nodes { adoptedDocuments(filter: { kind: JOINT_ACTION_PLAN }, orderBy: { field: NAME }) { totalCount } }
        } }
      }
    }`;
    const document = (handle: string) => ({ __typename: "PolicyDocument", id: gid("PolicyDocument", handle) });
    const statements = async (representations: object[]) => {
      subgraph.store.resetExecuted();
      const { errors } = await subgraph.query(filtered, { r: representations });
      expect(errors).toBeUndefined();
      return subgraph.store.executed.map((sql) => tableOf(sql) ?? sql).sort();
    };
    const one = await statements([
      { __typename: "Country", code: "UY" },
      document("china-third-latin-america-policy-document"),
    ]);
    const countries = ["CN", "BR", "UY", "CL", "EC", "CO", "BO"].map((code) => ({ __typename: "Country", code }));
    const documents = [
      document("china-third-latin-america-policy-document"),
      document("china-celac-joint-action-plan-2025-2027"),
    ];
    const many = await statements([...countries, ...countries, ...documents]);
    expect(many).toEqual(one);
    expect(many).toEqual([
      "country", // countriesByCode (the representations)
      "country", // countriesByRegion
      "engagement_country", // engagementsByCountry
      "engagement_country", // countriesByEngagement, for filter.countryCodes (the leaders' engagements: cache hits)
      "engagement_participant", // engagementsByParticipant
      "framework", // COUNT(*)
      "framework", // page
      "framework", // frameworksByParent
      "head_of_state", // headsOfStateByCountry
      "policy_document", // policyDocumentsById (the representations)
      "policy_document", // policyDocumentsByAdopter
      "region", // regionsById
      "stated_position", // statedPositionsByCountry
      "stated_position", // statedPositionsByPolicyDocument
    ]);
  });
});
