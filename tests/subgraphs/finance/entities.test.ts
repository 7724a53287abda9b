import { Kind, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFinanceSchema } from "../../../subgraphs/finance/schema.js";
import { openFinanceStore } from "../../../subgraphs/finance/store/financeStore.js";
import { encodeGlobalId as gid } from "../../../subgraphs/kit/globalId.js";
import { startTestSubgraph } from "../../support/subgraphHarness.js";

let subgraph: Awaited<ReturnType<typeof startFinance>>;
const startFinance = () => startTestSubgraph("finance", buildFinanceSchema, openFinanceStore);

beforeAll(async () => {
  subgraph = await startFinance();
});
afterAll(async () => {
  await subgraph.stop();
});

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Region {
      id
      financialStabilityGaps { handle }
      financialRisks { handle }
      debt: financialRisks(kind: DEBT_BURDEN) { handle }
      financialMechanisms { handle }
      newForms: financialMechanisms(status: TO_EXPLORE) { handle }
      swaps: financialMechanisms(kind: CURRENCY_SWAP, status: EXISTING) { handle }
      financialRegulatoryDialogues { handle }
    }
    ... on PolicyDocument {
      id
      financialCooperation { handle participants }
      financialMechanisms { handle }
      existing: financialMechanisms(status: EXISTING) { handle }
    }
    ... on Article { id financeFacts(paragraph: 3) { __typename } }
  }
}`;

const ALL_MECHANISMS = [
  "bilateral-project-financing",
  "china-latin-america-cooperation-fund",
  "production-capacity-cooperation-investment-fund",
  "currency-swaps",
  "panda-bonds",
  "insurance",
  "financial-leasing",
].map((handle) => ({ handle }));

const EMPTY_REGION = {
  financialStabilityGaps: [],
  financialRisks: [],
  debt: [],
  financialMechanisms: [],
  newForms: [],
  swaps: [],
  financialRegulatoryDialogues: [],
};

describe("finance as a Federation 2 subgraph", () => {
  it("publishes its SDL with the federation link, keys and contract tags", async () => {
    const { data } = await subgraph.query<{ _service: { sdl: string } }>("{ _service { sdl } }");
    const sdl = data?._service.sdl ?? "";
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.9"');
    for (const entity of ["Article", "Region", "PolicyDocument"]) {
      expect(sdl).toMatch(new RegExp(`type ${entity}(\\s+implements [\\w &]+)?\\s+@key\\(fields: "id"\\)`));
    }
    expect(sdl).toMatch(/union _Entity = Article \| [\w |]*PolicyDocument \| Region/);
    expect(sdl).toMatch(/type Evidence\s+@shareable/);
    expect(sdl).toMatch(/type PageInfo\s+@shareable/);
    expect(sdl).toContain('dataFile: String! @tag(name: "internal")');
    expect(sdl).toMatch(
      /financialMechanism\(\s+"""[^"]+"""\s+handle: String @tag\(name: "public"\)\s+"""[^"]+"""\s+id: ID @tag\(name: "public"\)\s+\): FinancialMechanism @tag\(name: "public"\)/,
    );
    // Stubs carry their key, the shared reference data (Region.name) and this subgraph's fields, never diplomacy's.
    const fieldsOf = (typeName: string) =>
      parse(sdl)
        .definitions.filter((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
        .find((definition) => definition.name.value === typeName)
        ?.fields?.map((field) => field.name.value);
    expect(fieldsOf("Region")).toEqual([
      "id",
      "name",
      "financialStabilityGaps",
      "financialRisks",
      "financialMechanisms",
      "financialRegulatoryDialogues",
      "financialOutlooks",
    ]);
    expect(fieldsOf("PolicyDocument")).toEqual(["id", "financialCooperation", "financialMechanisms"]);
    expect(fieldsOf("Article")).toEqual(["id", "financeFactIndex", "financeFacts"]);
    expect(fieldsOf("Country")).toBeUndefined();
  });

  it("resolves batched representations of every entity; unknown keys are stubs with empty lists", async () => {
    const { data, errors } = await subgraph.query(entitiesQuery, {
      representations: [
        { __typename: "Region", id: gid("Region", "latin-america") },
        { __typename: "Region", id: gid("Region", "atlantis") },
        { __typename: "PolicyDocument", id: gid("PolicyDocument", "china-third-latin-america-policy-document") },
        { __typename: "PolicyDocument", id: gid("PolicyDocument", "china-celac-joint-action-plan-2025-2027") },
        { __typename: "PolicyDocument", id: gid("PolicyDocument", "unknown") },
        { __typename: "Article", id: gid("Article", "china-latin-america-cooperation") },
        { __typename: "Region", id: gid("Region", "latin-america") },
      ],
    });
    expect(errors).toBeUndefined();
    const latinAmerica = {
      __typename: "Region",
      id: gid("Region", "latin-america"),
      financialStabilityGaps: [{ handle: "financial-stability-public-goods" }],
      financialRisks: [{ handle: "high-debt-pressure" }, { handle: "frequent-sovereign-debt-restructuring" }],
      debt: [{ handle: "high-debt-pressure" }],
      financialMechanisms: ALL_MECHANISMS,
      newForms: [{ handle: "panda-bonds" }, { handle: "insurance" }, { handle: "financial-leasing" }],
      swaps: [{ handle: "currency-swaps" }],
      financialRegulatoryDialogues: [{ handle: "central-bank-and-financial-regulator-dialogue" }],
    };
    expect(data?._entities).toEqual([
      latinAmerica,
      { __typename: "Region", id: gid("Region", "atlantis"), ...EMPTY_REGION },
      {
        __typename: "PolicyDocument",
        id: gid("PolicyDocument", "china-third-latin-america-policy-document"),
        financialCooperation: [
          {
            handle: "central-bank-and-financial-regulator-dialogue",
            participants: ["CENTRAL_BANKS", "FINANCIAL_REGULATORY_AUTHORITIES"],
          },
        ],
        // The dialogue leverages only "financing arrangements" (the project financing) and explores the new forms.
        financialMechanisms: [ALL_MECHANISMS[0], ...ALL_MECHANISMS.slice(4)],
        existing: ALL_MECHANISMS.slice(0, 1),
      },
      {
        __typename: "PolicyDocument",
        id: gid("PolicyDocument", "china-celac-joint-action-plan-2025-2027"),
        financialCooperation: [],
        financialMechanisms: [],
        existing: [],
      },
      {
        __typename: "PolicyDocument",
        id: gid("PolicyDocument", "unknown"),
        financialCooperation: [],
        financialMechanisms: [],
        existing: [],
      },
      {
        __typename: "Article",
        id: gid("Article", "china-latin-america-cooperation"),
        financeFacts: [
          { __typename: "FinancialStabilityGap" },
          { __typename: "FinancialRisk" },
          { __typename: "FinancialRisk" },
        ],
      },
      latinAmerica,
    ]);
  });
});
