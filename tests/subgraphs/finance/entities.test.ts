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
      financialStabilityGaps { nodes { handle } }
      financialRisks { nodes { handle } }
      debt: financialRisks(filter: { kind: DEBT_BURDEN }) { nodes { handle } }
      financialMechanisms { nodes { handle } }
      newForms: financialMechanisms(filter: { status: TO_EXPLORE }) { nodes { handle } }
      swaps: financialMechanisms(filter: { kind: CURRENCY_SWAP, status: EXISTING }) { nodes { handle } }
      financialRegulatoryDialogues { nodes { handle } }
    }
    ... on PolicyDocument {
      id
      financialRegulatoryDialogues { nodes { handle participants } }
      financialCooperation { handle }
      financialMechanisms { nodes { handle } }
      existing: financialMechanisms(filter: { status: EXISTING }) { nodes { handle } }
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

/** A connection's `nodes`, as these queries select them. */
const page = <T>(nodes: T[]) => ({ nodes });

const EMPTY_REGION = {
  financialStabilityGaps: page([]),
  financialRisks: page([]),
  debt: page([]),
  financialMechanisms: page([]),
  newForms: page([]),
  swaps: page([]),
  financialRegulatoryDialogues: page([]),
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
    expect(fieldsOf("PolicyDocument")).toEqual([
      "id",
      "financialRegulatoryDialogues",
      "financialCooperation",
      "financialMechanisms",
    ]);
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
      financialStabilityGaps: page([{ handle: "financial-stability-public-goods" }]),
      financialRisks: page([{ handle: "high-debt-pressure" }, { handle: "frequent-sovereign-debt-restructuring" }]),
      debt: page([{ handle: "high-debt-pressure" }]),
      financialMechanisms: page(ALL_MECHANISMS),
      newForms: page([{ handle: "panda-bonds" }, { handle: "insurance" }, { handle: "financial-leasing" }]),
      swaps: page([{ handle: "currency-swaps" }]),
      financialRegulatoryDialogues: page([{ handle: "central-bank-and-financial-regulator-dialogue" }]),
    };
    expect(data?._entities).toEqual([
      latinAmerica,
      { __typename: "Region", id: gid("Region", "atlantis"), ...EMPTY_REGION },
      {
        __typename: "PolicyDocument",
        id: gid("PolicyDocument", "china-third-latin-america-policy-document"),
        financialRegulatoryDialogues: page([
          {
            handle: "central-bank-and-financial-regulator-dialogue",
            participants: ["CENTRAL_BANKS", "FINANCIAL_REGULATORY_AUTHORITIES"],
          },
        ]),
        // Deprecated name of the same relation: still served.
        financialCooperation: [{ handle: "central-bank-and-financial-regulator-dialogue" }],
        // The dialogue leverages only "financing arrangements" (the project financing) and explores the new forms.
        financialMechanisms: page([ALL_MECHANISMS[0], ...ALL_MECHANISMS.slice(4)]),
        existing: page(ALL_MECHANISMS.slice(0, 1)),
      },
      {
        __typename: "PolicyDocument",
        id: gid("PolicyDocument", "china-celac-joint-action-plan-2025-2027"),
        financialRegulatoryDialogues: page([]),
        financialCooperation: [],
        financialMechanisms: page([]),
        existing: page([]),
      },
      {
        __typename: "PolicyDocument",
        id: gid("PolicyDocument", "unknown"),
        financialRegulatoryDialogues: page([]),
        financialCooperation: [],
        financialMechanisms: page([]),
        existing: page([]),
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
