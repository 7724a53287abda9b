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

const FINANCIAL_CHALLENGES =
  "Latin America has long faced challenges such as high debt pressure and frequent sovereign debt restructuring, directly impacting financial security and stability.";
const SPECIALIZED_MECHANISMS = [
  { paragraph: 6, quote: "Currently, China-Latin America financial cooperation includes" },
  {
    paragraph: 6,
    quote:
      "specialized mechanisms such as the China-Latin America Cooperation Fund, the Production Capacity Cooperation Investment Fund, and currency swaps",
  },
];
const NEW_FORMS = [
  { paragraph: 6, quote: "explore new forms of cooperation such as Panda bonds, insurance, and financial leasing" },
];

describe("finance resolvers", () => {
  it("serves the financial-stability gap of paragraph 3 with its risks", async () => {
    const { data, errors } = await subgraph.query(`{
      financialStabilityGaps { totalCount nodes { handle } }
      financialStabilityGap(handle: "financial-stability-public-goods") {
        handle description threatens timeReference risksExhaustive region { id } evidence { paragraph quote }
        risks { nodes { handle } } financialRegulatoryDialogues { nodes { handle } } addressedBy { handle }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.financialStabilityGaps).toEqual({
      totalCount: 1,
      nodes: [{ handle: "financial-stability-public-goods" }],
    });
    expect(data?.financialStabilityGap).toEqual({
      handle: "financial-stability-public-goods",
      description: "a significant gap in public goods related to financial stability",
      threatens: ["MACROECONOMIC_STABILITY"],
      timeReference: "Currently",
      risksExhaustive: false,
      region: { id: gid("Region", "latin-america") },
      evidence: [
        { paragraph: 3, quote: "Currently" },
        {
          paragraph: 3,
          quote:
            "there is a significant gap in public goods related to financial stability, posing a threat to macroeconomic stability",
        },
        {
          paragraph: 3,
          quote:
            "Latin America has long faced challenges such as high debt pressure and frequent sovereign debt restructuring",
        },
      ],
      risks: { nodes: [{ handle: "high-debt-pressure" }, { handle: "frequent-sovereign-debt-restructuring" }] },
      financialRegulatoryDialogues: { nodes: [{ handle: "central-bank-and-financial-regulator-dialogue" }] },
      // Deprecated name of the same relation: still served.
      addressedBy: [{ handle: "central-bank-and-financial-regulator-dialogue" }],
    });
  });

  it("serves the typed financial risks, filtered by kind and region", async () => {
    const { data, errors } = await subgraph.query(`{
      all: financialRisks { totalCount nodes { handle kind kindWording name timeReference impacts region { id } gap { handle } evidence { paragraph quote } } }
      restructuring: financialRisks(filter: { kind: SOVEREIGN_DEBT_RESTRUCTURING }) { totalCount nodes { handle } }
      latam: financialRisks(filter: { regionId: "${gid("Region", "latin-america")}" }) { totalCount }
      elsewhere: financialRisks(filter: { regionId: "${gid("Region", "africa")}" }) { totalCount nodes { handle } }
      one: financialRisk(handle: "high-debt-pressure") { name }
    }`);
    expect(errors).toBeUndefined();
    const shared = {
      timeReference: "has long faced",
      impacts: ["FINANCIAL_SECURITY", "FINANCIAL_STABILITY"],
      region: { id: gid("Region", "latin-america") },
      gap: { handle: "financial-stability-public-goods" },
      evidence: [{ paragraph: 3, quote: FINANCIAL_CHALLENGES }],
    };
    expect(data?.all).toEqual({
      totalCount: 2,
      nodes: [
        {
          handle: "high-debt-pressure",
          kind: "DEBT_BURDEN",
          kindWording: "debt pressure",
          name: "high debt pressure",
          ...shared,
        },
        {
          handle: "frequent-sovereign-debt-restructuring",
          kind: "SOVEREIGN_DEBT_RESTRUCTURING",
          kindWording: "sovereign debt restructuring",
          name: "frequent sovereign debt restructuring",
          ...shared,
        },
      ],
    });
    expect(data?.restructuring).toEqual({
      totalCount: 1,
      nodes: [{ handle: "frequent-sovereign-debt-restructuring" }],
    });
    expect(data?.latam).toEqual({ totalCount: 2 });
    expect(data?.elsewhere).toEqual({ totalCount: 0, nodes: [] });
    expect(data?.one).toEqual({ name: "high debt pressure" });
  });

  it("serves the existing mechanisms and the new forms to explore of paragraph 6", async () => {
    const { data, errors } = await subgraph.query(`{
      financialMechanisms { totalCount nodes { handle kind status name timeReference region { id } } }
    }`);
    expect(errors).toBeUndefined();
    const existing = { status: "EXISTING", timeReference: "Currently", region: { id: gid("Region", "latin-america") } };
    const toExplore = { status: "TO_EXPLORE", timeReference: null, region: { id: gid("Region", "latin-america") } };
    expect(data?.financialMechanisms).toEqual({
      totalCount: 7,
      nodes: [
        {
          handle: "bilateral-project-financing",
          kind: "PROJECT_FINANCING",
          name: "financing arrangements based on major bilateral projects",
          ...existing,
        },
        {
          handle: "china-latin-america-cooperation-fund",
          kind: "COOPERATION_FUND",
          name: "China-Latin America Cooperation Fund",
          ...existing,
        },
        {
          handle: "production-capacity-cooperation-investment-fund",
          kind: "INVESTMENT_FUND",
          name: "Production Capacity Cooperation Investment Fund",
          ...existing,
        },
        { handle: "currency-swaps", kind: "CURRENCY_SWAP", name: "currency swaps", ...existing },
        { handle: "panda-bonds", kind: "BOND", name: "Panda bonds", ...toExplore },
        { handle: "insurance", kind: "INSURANCE", name: "insurance", ...toExplore },
        { handle: "financial-leasing", kind: "FINANCIAL_LEASING", name: "financial leasing", ...toExplore },
      ],
    });
  });

  it("cites verbatim evidence for each mechanism", async () => {
    const { data } = await subgraph.query(`{
      projects: financialMechanism(handle: "bilateral-project-financing") { evidence { paragraph quote } }
      swaps: financialMechanism(handle: "currency-swaps") { evidence { paragraph quote } regulatoryDialogues { handle } }
      leasing: financialMechanism(handle: "financial-leasing") { evidence { paragraph quote } regulatoryDialogues { handle } }
    }`);
    expect(data?.projects).toEqual({
      evidence: [
        {
          paragraph: 6,
          quote:
            "Currently, China-Latin America financial cooperation includes financing arrangements based on major bilateral projects",
        },
      ],
    });
    const dialogue = [{ handle: "central-bank-and-financial-regulator-dialogue" }];
    // "leverage existing financing arrangements": the article calls only the project financing that.
    expect(data?.swaps).toEqual({ evidence: SPECIALIZED_MECHANISMS, regulatoryDialogues: [] });
    expect(data?.leasing).toEqual({ evidence: NEW_FORMS, regulatoryDialogues: dialogue });
  });

  it("filters mechanisms by kind, status and region with one filter input", async () => {
    const { data, errors } = await subgraph.query(`{
      existing: financialMechanisms(filter: { status: EXISTING }) { totalCount nodes { handle } }
      toExplore: financialMechanisms(filter: { status: TO_EXPLORE }) { totalCount nodes { handle } }
      funds: financialMechanisms(filter: { kind: COOPERATION_FUND }) { totalCount nodes { handle } }
      existingBonds: financialMechanisms(filter: { kind: BOND, status: EXISTING }) { totalCount }
      latam: financialMechanisms(filter: { regionId: "${gid("Region", "latin-america")}" }) { totalCount }
      elsewhere: financialMechanisms(filter: { regionId: "${gid("Region", "africa")}" }) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.existing).toEqual({
      totalCount: 4,
      nodes: [
        { handle: "bilateral-project-financing" },
        { handle: "china-latin-america-cooperation-fund" },
        { handle: "production-capacity-cooperation-investment-fund" },
        { handle: "currency-swaps" },
      ],
    });
    expect(data?.toExplore).toEqual({
      totalCount: 3,
      nodes: [{ handle: "panda-bonds" }, { handle: "insurance" }, { handle: "financial-leasing" }],
    });
    expect(data?.funds).toEqual({ totalCount: 1, nodes: [{ handle: "china-latin-america-cooperation-fund" }] });
    expect(data?.existingBonds).toEqual({ totalCount: 0 });
    expect(data?.latam).toEqual({ totalCount: 7 });
    expect(data?.elsewhere).toEqual({ totalCount: 0 });
  });

  it('flags every mechanism as named by example ("includes …", "such as …")', async () => {
    const { data, errors } = await subgraph.query(`{ financialMechanisms { nodes { id namedAsExample } } }`);
    expect(errors).toBeUndefined();
    const page = data?.financialMechanisms as { nodes: { namedAsExample: boolean }[] } | undefined;
    expect(page?.nodes).toHaveLength(7);
    expect(page?.nodes.every((node) => node.namedAsExample)).toBe(true);
  });

  it("serves the central-bank and regulator dialogue the third policy document emphasizes", async () => {
    const { data, errors } = await subgraph.query(`{
      financialRegulatoryDialogue(handle: "central-bank-and-financial-regulator-dialogue") {
        name participants exploredMechanismsExhaustive exploredFormsExhaustive expectedOutcomes purpose
        emphasizedBy { id } region { id }
        leveragedMechanisms { nodes { handle status } } exploredMechanisms { nodes { handle status } } addressedGaps { nodes { handle } }
        evidence { paragraph quote }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.financialRegulatoryDialogue).toEqual({
      name: "dialogue and cooperation between the central banks and financial regulatory authorities of China and Latin America",
      participants: ["CENTRAL_BANKS", "FINANCIAL_REGULATORY_AUTHORITIES"],
      exploredMechanismsExhaustive: false,
      exploredFormsExhaustive: false,
      // "This will … further enhancing … and positively promoting …": results, not a purpose; financial stability and
      // development capabilities are the innovative mechanisms' (FinancialOutlook), not the dialogue's.
      expectedOutcomes: ["FINANCIAL_PUBLIC_GOODS_SUPPLY", "ECONOMIC_AND_TRADE_COOPERATION"],
      purpose: null,
      emphasizedBy: { id: gid("PolicyDocument", "china-third-latin-america-policy-document") },
      region: { id: gid("Region", "latin-america") },
      leveragedMechanisms: { nodes: [{ handle: "bilateral-project-financing", status: "EXISTING" }] },
      exploredMechanisms: {
        nodes: [
          { handle: "panda-bonds", status: "TO_EXPLORE" },
          { handle: "insurance", status: "TO_EXPLORE" },
          { handle: "financial-leasing", status: "TO_EXPLORE" },
        ],
      },
      addressedGaps: { nodes: [{ handle: "financial-stability-public-goods" }] },
      evidence: [
        {
          paragraph: 6,
          quote:
            "The latest policy document on Latin America specifically emphasizes strengthening dialogue and cooperation between the central banks and financial regulatory authorities of China and Latin America.",
        },
        {
          paragraph: 6,
          quote:
            "This will not only leverage existing financing arrangements but also explore new forms of cooperation such as Panda bonds, insurance, and financial leasing, further enhancing the supply of financial public goods in Latin America and positively promoting bilateral economic and trade cooperation.",
        },
        { paragraph: 5, quote: "Recently, China released its third policy document on Latin America" },
      ],
    });
  });

  it("serves the outlook for innovative financial cooperation mechanisms (paragraph 6)", async () => {
    const { data, errors } = await subgraph.query(`{
      financialOutlooks(regionId: "${gid("Region", "latin-america")}") {
        totalCount
        nodes { handle subject sector expectedOutcomes region { id } evidence { paragraph quote } }
      }
      elsewhere: financialOutlooks(regionId: "${gid("Region", "africa")}") { totalCount }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.financialOutlooks).toEqual({
      totalCount: 1,
      nodes: [
        {
          handle: "innovative-financial-cooperation-mechanisms-outlook",
          subject: "innovative China-Latin America financial cooperation mechanisms",
          sector: "In the financial sector",
          expectedOutcomes: ["FINANCIAL_STABILITY", "DEVELOPMENT_CAPABILITIES"],
          region: { id: gid("Region", "latin-america") },
          evidence: [
            {
              paragraph: 6,
              quote:
                "In the financial sector, innovative China-Latin America financial cooperation mechanisms will help enhance Latin America's financial stability and development capabilities.",
            },
          ],
        },
      ],
    });
    expect(data?.elsewhere).toEqual({ totalCount: 0 });
  });

  it("describes risks as named beside the stability gap, with no causal link", async () => {
    const { data, errors } = await subgraph.query(`{
      gap: __type(name: "FinancialStabilityGap") { fields { name description } }
      risk: __type(name: "FinancialRisk") { fields { name description } }
    }`);
    expect(errors).toBeUndefined();
    type Fields = { fields: { name: string; description: string }[] };
    const describe = (type: unknown, field: string) =>
      (type as Fields).fields.find((candidate) => candidate.name === field)?.description ?? "";
    expect(describe(data?.gap, "risks")).toContain("states no causal link");
    expect(describe(data?.risk, "gap")).toContain("does not say the risk causes the gap");
    expect(`${describe(data?.gap, "risks")} ${describe(data?.risk, "gap")}`).not.toMatch(/behind|belongs to/);
  });

  it("filters dialogues by participant and policy document", async () => {
    const { data, errors } = await subgraph.query(`{
      all: financialRegulatoryDialogues { totalCount nodes { handle } }
      centralBanks: financialRegulatoryDialogues(participant: CENTRAL_BANKS) { totalCount }
      regulators: financialRegulatoryDialogues(participant: FINANCIAL_REGULATORY_AUTHORITIES) { totalCount }
      third: financialRegulatoryDialogues(policyDocumentId: "${gid("PolicyDocument", "china-third-latin-america-policy-document")}") { totalCount }
      plan: financialRegulatoryDialogues(policyDocumentId: "${gid("PolicyDocument", "china-celac-joint-action-plan-2025-2027")}") { totalCount nodes { handle } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.all).toEqual({ totalCount: 1, nodes: [{ handle: "central-bank-and-financial-regulator-dialogue" }] });
    expect(data?.centralBanks).toEqual({ totalCount: 1 });
    expect(data?.regulators).toEqual({ totalCount: 1 });
    expect(data?.third).toEqual({ totalCount: 1 });
    expect(data?.plan).toEqual({ totalCount: 0, nodes: [] });
  });

  it("lists what the subgraph knows from one paragraph", async () => {
    const { data, errors } = await subgraph.query(`{
      _entities(representations: [{ __typename: "Article", id: "${gid("Article", "china-latin-america-cooperation")}" }]) {
        ... on Article {
          p1: financeFacts(paragraph: 1) { __typename }
          p3: financeFacts(paragraph: 3) { __typename ... on FinancialStabilityGap { handle } ... on FinancialRisk { handle } }
          p5: financeFacts(paragraph: 5) { __typename ... on FinancialRegulatoryDialogue { handle } }
          p6: financeFacts(paragraph: 6) { __typename ... on FinancialMechanism { handle } ... on FinancialRegulatoryDialogue { handle } }
          all: financeFacts { __typename }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    const article = (data?._entities as Record<string, { __typename: string; handle?: string }[]>[] | undefined)?.[0];
    expect(article?.p1).toEqual([]);
    expect(article?.p3).toEqual([
      { __typename: "FinancialStabilityGap", handle: "financial-stability-public-goods" },
      { __typename: "FinancialRisk", handle: "high-debt-pressure" },
      { __typename: "FinancialRisk", handle: "frequent-sovereign-debt-restructuring" },
    ]);
    expect(article?.p5).toEqual([
      { __typename: "FinancialRegulatoryDialogue", handle: "central-bank-and-financial-regulator-dialogue" },
    ]);
    expect(article?.p6?.map((fact) => fact.__typename)).toEqual([
      ...Array(7).fill("FinancialMechanism"),
      "FinancialRegulatoryDialogue",
    ]);
    expect(article?.all).toHaveLength(1 + 2 + 7 + 1);
  });

  it("paginates with opaque cursors", async () => {
    type Page = {
      financialMechanisms: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
        nodes: { handle: string }[];
      };
    };
    const query = `query ($first: Int, $after: String) {
      financialMechanisms(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { handle }
      }
    }`;
    const first = await subgraph.query<Page>(query, { first: 5 });
    const page = first.data?.financialMechanisms;
    expect(page?.totalCount).toBe(7);
    expect(page?.nodes.map((m) => m.handle)).toEqual([
      "bilateral-project-financing",
      "china-latin-america-cooperation-fund",
      "production-capacity-cooperation-investment-fund",
      "currency-swaps",
      "panda-bonds",
    ]);
    expect(page?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await subgraph.query<Page>(query, { first: 5, after: page?.pageInfo.endCursor });
    expect(second.data?.financialMechanisms.nodes.map((m) => m.handle)).toEqual(["insurance", "financial-leasing"]);
    expect(second.data?.financialMechanisms.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const risks = await subgraph.query(
      `{ financialRisks(first: 1) { totalCount pageInfo { hasNextPage } nodes { handle } } }`,
    );
    expect(risks.data?.financialRisks).toEqual({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      nodes: [{ handle: "high-debt-pressure" }],
    });
    const empty = await subgraph.query(
      `{ financialStabilityGaps(first: 0) { totalCount pageInfo { hasNextPage } nodes { handle } } }`,
    );
    expect(empty.data?.financialStabilityGaps).toEqual({ totalCount: 1, pageInfo: { hasNextPage: true }, nodes: [] });
  });

  it("returns null for unknown ids", async () => {
    const { data, errors } = await subgraph.query(`{
      financialMechanism(handle: "nope") { handle } financialRisk(handle: "nope") { handle }
      financialStabilityGap(handle: "nope") { handle } financialRegulatoryDialogue(handle: "nope") { handle }
    }`);
    expect(errors).toBeUndefined();
    expect(Object.values(data ?? {})).toEqual([null, null, null, null]);
  });

  it.each([
    ["negative first", `{ financialMechanisms(first: -1) { totalCount } }`, "first"],
    ["too large first", `{ financialRisks(first: 1000) { totalCount } }`, "first"],
    ["bad cursor", `{ financialRegulatoryDialogues(after: "not-a-cursor") { totalCount } }`, "after"],
    ["forged cursor", `{ financialStabilityGaps(after: "b2Zmc2V0Oi0x") { totalCount } }`, "after"],
    [
      "region filter with another type's id",
      `{ financialMechanisms(filter: { regionId: "${gid("Country", "UY")}" }) { totalCount } }`,
      "filter.regionId",
    ],
    [
      "nested page size out of range",
      `{ financialRegulatoryDialogue(handle: "central-bank-and-financial-regulator-dialogue") { exploredMechanisms(first: 101) { totalCount } } }`,
      "first",
    ],
    [
      "paragraph zero",
      `{ _entities(representations: [{ __typename: "Article", id: "${gid("Article", "x")}" }]) { ... on Article { financeFacts(paragraph: 0) { __typename } } } }`,
      "paragraph",
    ],
  ])("rejects %s with BAD_USER_INPUT and no stack trace", async (_case, query, argumentName) => {
    const { errors } = await subgraph.query(query);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argumentName });
  });

  it("rejects an unknown enum value as a validation error", async () => {
    const { data, errors } = await subgraph.query(`{ financialMechanisms(kind: CRYPTO) { totalCount } }`);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
