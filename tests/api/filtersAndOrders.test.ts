/**
 * Shared `<Type>Filter` inputs and `orderBy` through the real gateway: the root connection and every nested one of a
 * type take the same filter and give the same items; each order sorts both ways and pages with its own cursors; a
 * cursor from another order is refused; the deprecated loose root arguments still work.
 */
import { describe, expect, it } from "vitest";
import { sharedFederation } from "../support/sharedFederation.js";
import { postGraphQL } from "../support/subgraphHarness.js";

const federation = sharedFederation();

async function query<Data = Record<string, unknown>>(text: string, variables: Record<string, unknown> = {}) {
  const answer = await postGraphQL<Data>(federation.gatewayUrl, text, variables);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as Data;
}

type Page = { nodes: { handle: string }[] };
const handles = (page: unknown) => (page as Page).nodes.map((node) => node.handle);

describe("one filter per type, root and nested alike", () => {
  it.each([
    {
      type: "Engagement",
      filter: { countryCodes: ["UY"] },
      root: "engagements",
      nested: ['country(code: "UY") { engagements', 'headOfState(handle: "orsi") { engagements'],
      expected: ["xi-orsi-state-visit-talks"],
    },
    {
      type: "Engagement",
      filter: { kind: "TELEPHONE_CONVERSATION", countryCodes: ["CN"] },
      root: "engagements",
      nested: ['country(code: "CN") { engagements', 'headOfState(handle: "xi-jinping") { engagements'],
      expected: ["xi-lula-telephone-conversation"],
    },
    {
      type: "StatedPosition",
      filter: { countryCodes: ["CN"], kind: "WILLINGNESS" },
      root: "statedPositions",
      nested: [
        'country(code: "CN") { statedPositions',
        'policyDocument(handle: "china-third-latin-america-policy-document") { statedPositions',
      ],
      expected: ["china-willingness-on-third-policy-document"],
    },
    {
      type: "Framework",
      filter: { kind: "MINISTERIAL_CONFERENCE" },
      root: "frameworks",
      nested: ['framework(handle: "china-celac-forum") { children'],
      expected: ["china-celac-forum-fourth-ministerial-conference"],
    },
    {
      type: "PolicyDocument",
      filter: { kind: "JOINT_ACTION_PLAN" },
      root: "policyDocuments",
      nested: ['framework(handle: "china-celac-forum-fourth-ministerial-conference") { adoptedDocuments'],
      expected: ["china-celac-joint-action-plan-2025-2027"],
    },
    {
      type: "PolicyDocument",
      filter: { countryCodes: ["CN"] },
      root: "policyDocuments",
      nested: [],
      expected: ["china-third-latin-america-policy-document"],
    },
    {
      type: "PublicServiceCrisis",
      filter: { countryCodes: ["EC", "FR"] },
      root: "publicServiceCrises",
      nested: [
        'country(code: "EC") { publicServiceCrises',
        'infrastructureGap(handle: "infrastructure-public-goods-supply") { crises',
      ],
      expected: ["public-service-price-adjustment-crises"],
    },
    {
      type: "PublicServiceCrisis",
      filter: { countryCodes: ["UY"] },
      root: "publicServiceCrises",
      nested: ['infrastructureGap(handle: "infrastructure-public-goods-supply") { crises'],
      expected: [],
    },
    {
      type: "FinancialRegulatoryDialogue",
      filter: { participant: "CENTRAL_BANKS" },
      root: "financialRegulatoryDialogues",
      nested: [
        'region(handle: "latin-america") { financialRegulatoryDialogues',
        'policyDocument(handle: "china-third-latin-america-policy-document") { financialRegulatoryDialogues',
        'financialStabilityGap(handle: "financial-stability-public-goods") { financialRegulatoryDialogues',
        'financialMechanism(handle: "panda-bonds") { financialRegulatoryDialogues',
      ],
      expected: ["central-bank-and-financial-regulator-dialogue"],
    },
  ])(
    "$type: $root(filter: $filter) and its nested lists give the same items",
    async ({ type, filter, root, nested, expected }) => {
      const fields = [
        `root: ${root}(filter: $filter) { nodes { handle } }`,
        ...nested.map((path, i) => `n${i}: ${path}(filter: $filter) { nodes { handle } } }`),
      ];
      const data = await query(`query ($filter: ${type}Filter) { ${fields.join("\n")} }`, { filter });
      expect(handles(data.root)).toEqual(expected);
      for (const [i] of nested.entries()) {
        const parent = data[`n${i}`] as Record<string, unknown>;
        expect(handles(Object.values(parent)[0]), nested[i]).toEqual(expected);
      }
    },
  );

  it("filters by region id, root and nested alike; a condition the parent implies still applies", async () => {
    const latinAmerica = (await query<{ region: { id: string } }>(`{ region(handle: "latin-america") { id } }`)).region
      .id;
    const data = await query<Record<string, { totalCount: number; nodes: { id: string }[] }>>(
      `query ($filter: CountryFilter, $gaps: FinancialStabilityGapFilter, $outlooks: FinancialOutlookFilter) {
        countries(filter: $filter) { totalCount nodes { id } }
        gaps: financialStabilityGaps(filter: $gaps) { totalCount nodes { id } }
        outlooks: financialOutlooks(filter: $outlooks) { totalCount nodes { id } }
        region(handle: "latin-america") {
          countries(filter: $filter) { totalCount nodes { id } }
          financialStabilityGaps(filter: $gaps) { totalCount nodes { id } }
          financialOutlooks(filter: $outlooks) { totalCount nodes { id } }
        }
      }`,
      { filter: { regionId: latinAmerica }, gaps: { regionId: latinAmerica }, outlooks: { regionId: latinAmerica } },
    );
    const region = data.region as unknown as Record<string, unknown>;
    expect(data.countries?.totalCount).toBe(6);
    expect(region.countries).toEqual(data.countries);
    expect(data.gaps?.totalCount).toBeGreaterThan(0);
    expect(region.financialStabilityGaps).toEqual(data.gaps);
    expect(data.outlooks?.totalCount).toBeGreaterThan(0);
    expect(region.financialOutlooks).toEqual(data.outlooks);
    // Under Uruguay, only exchanges that also involve Brazil: none.
    const narrowed = await query<{ country: { engagements: { totalCount: number } } }>(
      `{ country(code: "UY") { engagements(filter: { countryCodes: ["BR"] }) { totalCount } } }`,
    );
    expect(narrowed.country.engagements.totalCount).toBe(0);
  });

  it("keeps the deprecated loose arguments working, and refuses one condition given both ways", async () => {
    const data = await query(`{
      old: engagements(countryCode: "UY", kind: TALKS) { nodes { handle } }
      new: engagements(filter: { countryCodes: ["UY"], kind: TALKS }) { nodes { handle } }
      oldCrises: publicServiceCrises(countryCode: "CL") { nodes { handle } }
      newCrises: publicServiceCrises(filter: { countryCodes: ["CL"] }) { nodes { handle } }
      oldLeaders: headsOfState(countryCode: "BR") { nodes { handle } }
      newLeaders: headsOfState(filter: { countryCodes: ["BR"] }) { nodes { handle } }
    }`);
    expect(handles(data.old)).toEqual(["xi-orsi-state-visit-talks"]);
    expect(data.new).toEqual(data.old);
    expect(handles(data.oldCrises)).toEqual(["public-service-price-adjustment-crises"]);
    expect(data.newCrises).toEqual(data.oldCrises);
    expect(handles(data.oldLeaders)).toEqual(["lula-da-silva"]);
    expect(data.newLeaders).toEqual(data.oldLeaders);
    const both = await postGraphQL(
      federation.gatewayUrl,
      `{ engagements(kind: TALKS, filter: { kind: TALKS }) { totalCount } }`,
    );
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.kind" });
    const malformed = await postGraphQL(
      federation.gatewayUrl,
      `{ country(code: "UY") { engagements(filter: { countryCodes: ["uy"] }) { totalCount } } }`,
    );
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentName: "filter.countryCodes",
    });
  });
});

describe("orderBy, one pattern on every connection where an order means something", () => {
  // [connection path (root or nested), order input type, order field, record field selected to check the order]
  const orders: [string, string, string, string][] = [
    ["engagements", "EngagementOrder", "KIND", "kind"],
    ['country(code: "CN") { engagements', "EngagementOrder", "KIND", "kind"],
    ["headsOfState", "HeadOfStateOrder", "NAME", "name"],
    ["headsOfState", "HeadOfStateOrder", "COUNTRY_CODE", "country { code }"],
    ["frameworks", "FrameworkOrder", "NAME", "name"],
    ['framework(handle: "china-celac-forum") { children', "FrameworkOrder", "NAME", "name"],
    ["policyDocuments", "PolicyDocumentOrder", "NAME", "name"],
    ["infrastructureProjects", "InfrastructureProjectOrder", "NAME", "name"],
    ['country(code: "UY") { infrastructureProjects', "InfrastructureProjectOrder", "NAME", "name"],
    ["initiatives", "InitiativeOrder", "NAME", "name"],
    ["publicServiceCrises", "PublicServiceCrisisOrder", "COUNTRY_CODE", "countries { code }"],
    ["financialMechanisms", "FinancialMechanismOrder", "NAME", "name"],
    ['region(handle: "latin-america") { financialMechanisms', "FinancialMechanismOrder", "NAME", "name"],
    [
      'financialRegulatoryDialogue(handle: "central-bank-and-financial-regulator-dialogue") { exploredMechanisms',
      "FinancialMechanismOrder",
      "NAME",
      "name",
    ],
    ["countries", "CountryOrder", "NAME", "name"],
  ];

  type Item = Record<string, unknown> & { handle?: string; code?: string };
  type Connection = { totalCount: number; pageInfo: { endCursor: string | null }; nodes: Item[] };

  const keyOf = (item: Item): string => {
    const value = Object.entries(item).find(([name]) => name !== "handle" && name !== "code")?.[1];
    if (Array.isArray(value)) return String((value[0] as { code: string }).code);
    if (value && typeof value === "object") return String((value as { code: string }).code);
    return String(value).toLowerCase();
  };

  async function page(path: string, type: string, order: unknown, selection: string, first: number, after?: string) {
    const nested = path.includes("{");
    const isCountry = path === "countries";
    const text = `query ($orderBy: ${type}, $first: Int, $after: String) {
      list: ${path}(orderBy: $orderBy, first: $first, after: $after) {
        totalCount pageInfo { endCursor } nodes { ${isCountry ? "code" : "handle"} ${selection} }
      }${nested ? " }" : ""}
    }`;
    const data = await query<{ list: Connection | Record<string, Connection> }>(text, {
      orderBy: order,
      first,
      after,
    });
    return (nested ? Object.values(data.list)[0] : data.list) as Connection;
  }

  it.each(orders)("%s sorts by %s.%s both ways, and pages the sorted list", async (path, type, field, selection) => {
    const ascending = await page(path, type, { field }, selection, 100);
    const descending = await page(path, type, { field, direction: "DESC" }, selection, 100);
    const article = await page(path, type, null, selection, 100);
    expect(ascending.totalCount).toBeGreaterThan(0);
    const keys = ascending.nodes.map(keyOf);
    expect(keys).toEqual([...keys].sort());
    expect(descending.nodes.map(keyOf)).toEqual([...keys].sort().reverse());
    const id = (item: Item) => item.handle ?? item.code;
    expect(new Set(ascending.nodes.map(id))).toEqual(new Set(article.nodes.map(id)));
    // One item a page, following each page's endCursor, gives the same sorted list.
    const walked: Item[] = [];
    let after: string | undefined;
    for (let i = 0; i < ascending.totalCount; i++) {
      const next = await page(path, type, { field, direction: "DESC" }, selection, 1, after);
      walked.push(...next.nodes);
      after = next.pageInfo.endCursor ?? undefined;
    }
    expect(walked.map(id)).toEqual(descending.nodes.map(id));
  });

  it("sorts ties in article order and ARTICLE_ORDER DESC reverses the article", async () => {
    const data = await query<Record<string, { nodes: { handle: string }[] }>>(`{
      article: financialMechanisms { nodes { handle } }
      reversed: financialMechanisms(orderBy: { field: ARTICLE_ORDER, direction: DESC }) { nodes { handle } }
      byName: financialMechanisms(orderBy: { field: NAME }) { nodes { handle } }
    }`);
    expect(handles(data.reversed)).toEqual(handles(data.article).reverse());
    // Case is ignored: "currency swaps" sorts among the capitals, not after them.
    expect(handles(data.byName)).toEqual([
      "china-latin-america-cooperation-fund",
      "currency-swaps",
      "financial-leasing",
      "bilateral-project-financing",
      "insurance",
      "panda-bonds",
      "production-capacity-cooperation-investment-fund",
    ]);
  });

  it("refuses a cursor from another order with BAD_USER_INPUT, root and nested", async () => {
    const byName = await page("financialMechanisms", "FinancialMechanismOrder", { field: "NAME" }, "name", 2);
    const cursor = byName.pageInfo.endCursor;
    const nestedByName = await page(
      'region(handle: "latin-america") { financialMechanisms',
      "FinancialMechanismOrder",
      { field: "NAME" },
      "name",
      2,
    );
    for (const [path, after] of [
      ["financialMechanisms", cursor],
      ['region(handle: "latin-america") { financialMechanisms', nestedByName.pageInfo.endCursor],
    ] as const) {
      for (const orderBy of [
        null,
        { field: "NAME", direction: "DESC" },
        { field: "ARTICLE_ORDER", direction: "DESC" },
      ]) {
        const nested = path.includes("{");
        const answer = await postGraphQL(
          federation.gatewayUrl,
          `query ($orderBy: FinancialMechanismOrder, $after: String) {
            ${path}(orderBy: $orderBy, first: 2, after: $after) { totalCount }${nested ? " }" : ""}
          }`,
          { orderBy, after },
        );
        expect(answer.errors?.[0]?.extensions, `${path} ${JSON.stringify(orderBy)}`).toMatchObject({
          code: "BAD_USER_INPUT",
          argumentName: "after",
        });
        expect(answer.errors?.[0]?.message).toContain("page with the same orderBy");
      }
    }
    // The same order continues where the cursor left off.
    const next = await page(
      "financialMechanisms",
      "FinancialMechanismOrder",
      { field: "NAME" },
      "name",
      2,
      cursor ?? "",
    );
    expect(next.nodes.map((node) => node.handle)).toEqual(["financial-leasing", "bilateral-project-financing"]);
  });
});
