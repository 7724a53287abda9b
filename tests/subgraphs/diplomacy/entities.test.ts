import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDiplomacySchema } from "../../../subgraphs/diplomacy/schema.js";
import { openDiplomacyStore } from "../../../subgraphs/diplomacy/store/diplomacyStore.js";
import { startTestSubgraph } from "../../support/subgraphHarness.js";

let subgraph: Awaited<ReturnType<typeof startDiplomacy>>;
const startDiplomacy = () => startTestSubgraph("diplomacy", buildDiplomacySchema, openDiplomacyStore);

beforeAll(async () => {
  subgraph = await startDiplomacy();
});
afterAll(async () => {
  await subgraph.stop();
});

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Country { code name }
    ... on Region { id name }
    ... on PolicyDocument { id kind }
    ... on Article { id publisher }
  }
}`;

describe("diplomacy as a Federation 2 subgraph", () => {
  it("publishes its SDL with the federation link, keys and contract tags", async () => {
    const { data } = await subgraph.query<{ _service: { sdl: string } }>("{ _service { sdl } }");
    const sdl = data?._service.sdl ?? "";
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    for (const entity of ["Article", "Country", "Region", "PolicyDocument"]) {
      expect(sdl).toMatch(new RegExp(`type ${entity}\\s+@key\\(fields: "(id|code)"\\)`));
    }
    expect(sdl).toMatch(/type Evidence\s+@shareable/);
    expect(sdl).toContain('dataFile: String! @tag(name: "internal")');
  });

  it("resolves batched representations of every entity, null for unknown keys", async () => {
    const { data, errors } = await subgraph.query(entitiesQuery, {
      representations: [
        { __typename: "Country", code: "UY" },
        { __typename: "Country", code: "CL" },
        { __typename: "Country", code: "FR" },
        { __typename: "Country", code: "not-a-code" },
        { __typename: "Region", id: "latin-america" },
        { __typename: "Region", id: "atlantis" },
        { __typename: "PolicyDocument", id: "china-celac-joint-action-plan-2025-2027" },
        { __typename: "PolicyDocument", id: "china-third-latin-america-policy-document" },
        { __typename: "PolicyDocument", id: "unknown" },
        { __typename: "Article", id: "china-latin-america-cooperation" },
        { __typename: "Article", id: "another-article" },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { __typename: "Country", code: "UY", name: "Uruguay" },
      { __typename: "Country", code: "CL", name: "Chile" },
      null,
      null,
      { __typename: "Region", id: "latin-america", name: "Latin America" },
      null,
      { __typename: "PolicyDocument", id: "china-celac-joint-action-plan-2025-2027", kind: "JOINT_ACTION_PLAN" },
      { __typename: "PolicyDocument", id: "china-third-latin-america-policy-document", kind: "POLICY_PAPER" },
      null,
      { __typename: "Article", id: "china-latin-america-cooperation", publisher: "Southeast Asia Information Port" },
      null,
    ]);
  });
});
