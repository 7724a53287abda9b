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

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Country { code name }
    ... on Region { handle name }
    ... on PolicyDocument { handle kind }
    ... on Article { handle publisher }
  }
}`;

describe("diplomacy as a Federation 2 subgraph", () => {
  it("publishes its SDL with the federation link, keys and contract tags", async () => {
    const { data } = await subgraph.query<{ _service: { sdl: string } }>("{ _service { sdl } }");
    const sdl = data?._service.sdl ?? "";
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.9"');
    for (const entity of ["Article", "Country", "Region", "PolicyDocument"]) {
      expect(sdl).toMatch(new RegExp(`type ${entity}(\\s+implements [\\w &]+)?\\s+@key\\(fields: "(id|code)"\\)`));
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
        { __typename: "Region", id: gid("Region", "latin-america") },
        { __typename: "Region", id: gid("Region", "atlantis") },
        { __typename: "PolicyDocument", id: gid("PolicyDocument", "china-celac-joint-action-plan-2025-2027") },
        { __typename: "PolicyDocument", id: gid("PolicyDocument", "china-third-latin-america-policy-document") },
        { __typename: "PolicyDocument", id: gid("PolicyDocument", "unknown") },
        { __typename: "Article", id: gid("Article", "china-latin-america-cooperation") },
        { __typename: "Article", id: gid("Article", "another-article") },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { __typename: "Country", code: "UY", name: "Uruguay" },
      { __typename: "Country", code: "CL", name: "Chile" },
      null,
      null,
      { __typename: "Region", handle: "latin-america", name: "Latin America" },
      null,
      { __typename: "PolicyDocument", handle: "china-celac-joint-action-plan-2025-2027", kind: "JOINT_ACTION_PLAN" },
      { __typename: "PolicyDocument", handle: "china-third-latin-america-policy-document", kind: "POLICY_PAPER" },
      null,
      {
        __typename: "Article",
        handle: "china-latin-america-cooperation",
        publisher: "Southeast Asia Information Port",
      },
      null,
    ]);
  });
});
