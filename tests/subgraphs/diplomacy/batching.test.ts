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
        engagements { nodes { handle participants { handle country { code } } countries { code } hostCountry { code } } }
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
});
