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

describe("diplomacy resolvers", () => {
  it("serves the article's metadata and paragraphs, saying what the article does not give", async () => {
    const { data, errors } = await subgraph.query(`{
      article { handle title publisher url publisherUrl publishedOn paragraphs { number } paragraph(number: 7) { text } last: paragraph(number: 8) { number } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.article).toMatchObject({
      handle: "china-latin-america-cooperation",
      title: null,
      publisher: "Southeast Asia Information Port",
      url: "www.dnyxxg.com",
      publisherUrl: "http://www.dnyxxg.com/",
      publishedOn: null,
      last: null,
    });
    const article = data?.article as { paragraphs: unknown[]; paragraph: { text: string } };
    expect(article.paragraphs).toHaveLength(7);
    expect(article.paragraph.text).toMatch(/^Looking to the future/);
  });

  it("types dates, URLs, country codes and years with scalars the SDL names", async () => {
    const { data, errors } = await subgraph.query(`{
      types: __schema { types { name kind } }
      article: __type(name: "Article") { fields(includeDeprecated: true) { name isDeprecated type { name ofType { name } } } }
      policyDocuments { nodes { title name periodStart periodEnd } }
    }`);
    expect(errors).toBeUndefined();
    const scalars = (data as { types: { types: { name: string; kind: string }[] } }).types.types
      .filter((type) => type.kind === "SCALAR")
      .map((type) => type.name);
    expect(scalars).toEqual(expect.arrayContaining(["Date", "URL", "CountryCode", "Year"]));
    const fields = (data as { article: { fields: { name: string; isDeprecated: boolean; type: unknown }[] } }).article
      .fields;
    expect(fields.find((field) => field.name === "publishedOn")?.type).toEqual({ name: "Date", ofType: null });
    expect(fields.find((field) => field.name === "publisherUrl")?.type).toEqual({
      name: null,
      ofType: { name: "URL" },
    });
    expect(fields.find((field) => field.name === "url")?.isDeprecated).toBe(true);
    // The third policy document has no title: `title` is null, as on Article, and `name` is how the article names it.
    expect(data?.policyDocuments).toEqual({
      nodes: [
        {
          title: "Joint Action Plan for Cooperation in Key Areas among China and CELAC Member States (2025-2027)",
          name: "Joint Action Plan for Cooperation in Key Areas among China and CELAC Member States (2025-2027)",
          periodStart: 2025,
          periodEnd: 2027,
        },
        { title: null, name: "third policy document on Latin America", periodStart: null, periodEnd: null },
      ],
    });
  });

  it("gives each piece of evidence its cited paragraph, with the paragraph's text and article", async () => {
    const { data, errors } = await subgraph.query(`{
      country(code: "UY") { evidence { paragraph quote citedParagraph { number text article { handle } } } }
    }`);
    expect(errors).toBeUndefined();
    type Cited = { number: number; text: string; article: unknown };
    const { evidence } = (
      data as { country: { evidence: { paragraph: number; quote: string; citedParagraph: Cited }[] } }
    ).country;
    expect(evidence.length).toBeGreaterThan(0);
    for (const { paragraph, quote, citedParagraph } of evidence) {
      expect(citedParagraph.number).toBe(paragraph);
      expect(citedParagraph.text).toContain(quote);
      expect(citedParagraph.article).toEqual({ handle: "china-latin-america-cooperation" });
    }
  });

  it("resolves a country with its region, leaders and engagements (paragraph 1)", async () => {
    const { data, errors } = await subgraph.query(`{
      country(code: "BR") {
        code name evidence { paragraph quote }
        region { handle name organization }
        headsOfState { handle name office country { code } }
        engagements { nodes { handle kind occasion timeReference participants { handle } participantCountries { code } hostCountry { code } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.country).toEqual({
      code: "BR",
      name: "Brazil",
      evidence: [{ paragraph: 1, quote: "Brazilian President Lula da Silva" }],
      // The article names CELAC but never says which states it includes.
      region: { handle: "latin-america", name: "Latin America", organization: null },
      headsOfState: [{ handle: "lula-da-silva", name: "Lula da Silva", office: "PRESIDENT", country: { code: "BR" } }],
      engagements: {
        nodes: [
          {
            handle: "xi-lula-telephone-conversation",
            kind: "TELEPHONE_CONVERSATION",
            occasion: null,
            timeReference: "Recently",
            participants: [{ handle: "xi-jinping" }, { handle: "lula-da-silva" }],
            participantCountries: [{ code: "CN" }, { code: "BR" }],
            hostCountry: null,
          },
        ],
      },
    });
  });

  it("filters engagements by country and kind, with their shared theme", async () => {
    const { data } = await subgraph.query(`{
      uy: engagements(countryCode: "UY") { totalCount nodes { handle occasion hostCountry { code } theme } }
      calls: engagements(kind: TELEPHONE_CONVERSATION) { totalCount nodes { handle } }
      china: engagements(countryCode: "CN") { totalCount }
      none: engagements(countryCode: "FR") { totalCount nodes { handle } }
    }`);
    expect(data?.uy).toEqual({
      totalCount: 1,
      nodes: [
        {
          handle: "xi-orsi-state-visit-talks",
          occasion: "STATE_VISIT",
          hostCountry: { code: "CN" },
          theme:
            "China and Latin America will work together to promote development and advance the building of a China-Latin America community with a shared future",
        },
      ],
    });
    expect(data?.calls).toEqual({ totalCount: 1, nodes: [{ handle: "xi-lula-telephone-conversation" }] });
    expect(data?.china).toEqual({ totalCount: 2 });
    expect(data?.none).toEqual({ totalCount: 0, nodes: [] });
  });

  it("serves the frameworks of paragraph 5 with their typed details", async () => {
    const { data } = await subgraph.query(`{
      network: framework(handle: "partnerships-with-16-countries") { kind partnerCountryCount }
      dialogue: framework(handle: "consultation-and-dialogue-mechanisms") { kind cooperationFields coverage }
      conference: framework(handle: "china-celac-forum-fourth-ministerial-conference") {
        kind ordinal timeReference parent { handle name children { nodes { handle } } }
        adoptedDocuments { nodes { handle title periodStart periodEnd } }
        announcedProjects { nodes { area name } }
      }
      forums: frameworks(kind: FORUM) { totalCount nodes { handle } }
    }`);
    expect(data?.network).toEqual({ kind: "PARTNERSHIP_NETWORK", partnerCountryCount: 16 });
    expect(data?.dialogue).toEqual({
      kind: "DIALOGUE_MECHANISMS",
      cooperationFields: ["POLITICAL", "ECONOMIC", "TRADE", "SCIENTIFIC", "EDUCATIONAL"],
      coverage: "the vast majority of countries with which it has diplomatic relations",
    });
    expect(data?.conference).toEqual({
      kind: "MINISTERIAL_CONFERENCE",
      ordinal: 4,
      timeReference: "Last May",
      parent: {
        handle: "china-celac-forum",
        name: "China-CELAC Forum",
        children: { nodes: [{ handle: "china-celac-forum-fourth-ministerial-conference" }] },
      },
      adoptedDocuments: {
        nodes: [
          {
            handle: "china-celac-joint-action-plan-2025-2027",
            title: "Joint Action Plan for Cooperation in Key Areas among China and CELAC Member States (2025-2027)",
            periodStart: 2025,
            periodEnd: 2027,
          },
        ],
      },
      announcedProjects: {
        nodes: [
          { area: "UNITY", name: "unity" },
          { area: "DEVELOPMENT", name: "development" },
          { area: "CIVILIZATION", name: "civilization" },
          { area: "PEACE", name: "peace" },
          { area: "PEOPLE_TO_PEOPLE_BONDS", name: "people-to-people bonds" },
        ],
      },
    });
    expect(data?.forums).toEqual({ totalCount: 1, nodes: [{ handle: "china-celac-forum" }] });
  });

  it("serves the policy documents, the third one issued by China", async () => {
    const { data } = await subgraph.query(`{
      policyDocument(handle: "china-third-latin-america-policy-document") { kind edition timeReference issuer { code } adoptedBy { handle } }
      papers: policyDocuments(kind: POLICY_PAPER) { totalCount nodes { handle } }
    }`);
    expect(data?.policyDocument).toEqual({
      kind: "POLICY_PAPER",
      edition: 3,
      timeReference: "Recently",
      issuer: { code: "CN" },
      adoptedBy: null,
    });
    expect(data?.papers).toEqual({ totalCount: 1, nodes: [{ handle: "china-third-latin-america-policy-document" }] });
  });

  it("lists what the subgraph knows from one paragraph", async () => {
    const { data } = await subgraph.query(`{
      article { p1: diplomacyFacts(paragraph: 1) { __typename ... on Engagement { handle } ... on HeadOfState { handle } }
                p4: diplomacyFacts(paragraph: 4) { __typename ... on Country { code } }
                p6: diplomacyFacts(paragraph: 6) { __typename }
                all: diplomacyFacts { __typename } }
    }`);
    const article = data?.article as Record<string, { __typename: string; handle?: string; code?: string }[]>;
    expect(article.p1?.filter((fact) => fact.__typename === "Engagement").map((fact) => fact.handle)).toEqual([
      "xi-lula-telephone-conversation",
      "xi-orsi-state-visit-talks",
    ]);
    expect(article.p1?.filter((fact) => fact.__typename === "HeadOfState")).toHaveLength(3);
    expect(article.p4).toEqual([{ __typename: "Country", code: "UY" }]);
    // The deprecated list keeps the types it had; the causal link citing paragraph 6 is in `Article.facts`.
    expect(article.p6).toEqual([]);
    expect(article.all).toHaveLength(7 + 1 + 3 + 2 + 6 + 5 + 2);
  });

  it("paginates with opaque cursors", async () => {
    const first = await subgraph.query<{
      countries: { totalCount: number; pageInfo: Record<string, unknown>; nodes: { code: string }[] };
    }>(`{ countries(first: 4) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { code } } }`);
    const page = first.data?.countries;
    expect(page?.totalCount).toBe(7);
    expect(page?.nodes.map((c) => c.code)).toEqual(["CN", "BR", "UY", "CL"]);
    expect(page?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await subgraph.query<{
      countries: { pageInfo: Record<string, unknown>; nodes: { code: string }[] };
    }>(
      `query ($after: String) { countries(first: 4, after: $after) { pageInfo { hasNextPage hasPreviousPage } nodes { code } } }`,
      { after: page?.pageInfo.endCursor },
    );
    expect(second.data?.countries.nodes.map((c) => c.code)).toEqual(["EC", "CO", "BO"]);
    expect(second.data?.countries.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const latam = await subgraph.query(`{ countries(regionId: "${gid("Region", "latin-america")}") { totalCount } }`);
    expect(latam.data?.countries).toEqual({ totalCount: 6 });
  });

  it("sorts countries by orderBy, root and nested alike, and pages the sorted list", async () => {
    const latinAmerica = gid("Region", "latin-america");
    const { data, errors } = await subgraph.query(`{
      article: countries { nodes { code } }
      reversed: countries(orderBy: { field: ARTICLE_ORDER, direction: DESC }) { nodes { code } }
      byName: countries(first: 3, orderBy: { field: NAME }) { nodes { code } pageInfo { endCursor } }
      byCode: countries(orderBy: { field: CODE, direction: DESC }) { nodes { code } }
      region(id: "${latinAmerica}") {
        countries(orderBy: { field: NAME }) { nodes { code } }
        last: countries(first: 1, orderBy: { field: CODE, direction: DESC }) { totalCount nodes { code } }
      }
    }`);
    expect(errors).toBeUndefined();
    const codes = (connection: unknown) => (connection as { nodes: { code: string }[] }).nodes.map((c) => c.code);
    expect(codes(data?.article)).toEqual(["CN", "BR", "UY", "CL", "EC", "CO", "BO"]);
    expect(codes(data?.reversed)).toEqual(["BO", "CO", "EC", "CL", "UY", "BR", "CN"]);
    expect(codes(data?.byName)).toEqual(["BO", "BR", "CL"]);
    expect(codes(data?.byCode)).toEqual(["UY", "EC", "CO", "CN", "CL", "BR", "BO"]);
    const region = data?.region as Record<string, unknown>;
    expect(codes(region.countries)).toEqual(["BO", "BR", "CL", "CO", "EC", "UY"]);
    expect(region.last).toEqual({ totalCount: 6, nodes: [{ code: "UY" }] });
    const next = await subgraph.query(
      `query ($after: String) { countries(first: 3, after: $after, orderBy: { field: NAME }) { nodes { code } } }`,
      { after: (data as { byName: { pageInfo: { endCursor: string } } }).byName.pageInfo.endCursor },
    );
    expect(codes(next.data?.countries)).toEqual(["CN", "CO", "EC"]);
    const bad = await subgraph.query(`query ($order: CountryOrder) { countries(orderBy: $order) { totalCount } }`, {
      order: { field: "POPULATION" },
    });
    expect(bad.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("returns null for unknown ids and codes", async () => {
    const { data, errors } = await subgraph.query(`{
      country(code: "FR") { code } engagement(handle: "nope") { handle } framework(handle: "nope") { handle }
      policyDocument(handle: "nope") { handle } region(handle: "nope") { handle } headOfState(handle: "nope") { handle } majorProject(handle: "nope") { handle }
    }`);
    expect(errors).toBeUndefined();
    expect(Object.values(data ?? {})).toEqual([null, null, null, null, null, null, null]);
  });

  it.each([
    ["negative first", `{ countries(first: -1) { totalCount } }`, "first"],
    ["too large first", `{ engagements(first: 1000) { totalCount } }`, "first"],
    ["bad cursor", `{ frameworks(after: "not-a-cursor") { totalCount } }`, "after"],
    ["forged cursor", `{ frameworks(after: "b2Zmc2V0Oi0x") { totalCount } }`, "after"],
    ["malformed country code", `{ country(code: "br") { code } }`, "code"],
    ["malformed country filter", `{ engagements(countryCode: "br") { totalCount } }`, "countryCode"],
    ["paragraph zero", `{ article { diplomacyFacts(paragraph: 0) { __typename } } }`, "paragraph"],
  ])("rejects %s with BAD_USER_INPUT and no stack trace", async (_case, query, argumentName) => {
    const { errors } = await subgraph.query(query);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argumentName });
  });
});
