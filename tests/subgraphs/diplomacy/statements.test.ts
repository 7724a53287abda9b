/**
 * What the article states beyond names and events: who announced and promotes the Five Major Projects, trends with
 * their time frames, causal links, stated positions and assessments — each in the article's words, linked to the
 * entities it names, and nothing more.
 */
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

const FIVE_PROJECTS = ["unity", "development", "civilization", "peace", "people-to-people-bonds"].map((id) => ({ id }));
const PROMOTION =
  'Since last year, the two sides have jointly promoted the "Five Major Projects" for building a community with a shared future';

describe("diplomacy statements", () => {
  it("says who announced the Five Major Projects, who promotes them since when, and what they bring about", async () => {
    const { data, errors } = await subgraph.query(`{
      majorProject(id: "peace") {
        announcedBy { code } announcedAt { id } promotionTimeReference
        promotedBy { __typename ... on Country { code } ... on Region { id } }
        causalLinks { id relation effect qualifier timeReference }
        evidence { paragraph quote }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.majorProject).toEqual({
      announcedBy: { code: "CN" },
      announcedAt: { id: "china-celac-forum-fourth-ministerial-conference" },
      promotionTimeReference: "Since last year",
      promotedBy: [
        { __typename: "Country", code: "CN" },
        { __typename: "Region", id: "latin-america" },
      ],
      causalLinks: [
        {
          id: "major-projects-enhance-china-support",
          relation: "ENHANCES",
          effect: "China's support for Latin America",
          qualifier: "systematically and concretely",
          timeReference: "Since last year",
        },
        {
          id: "major-projects-strengthen-independent-development",
          relation: "HELPS_STRENGTHEN",
          effect:
            "the region strengthen its capacity for independent development, especially in the supply of public goods",
          qualifier: null,
          timeReference: "Since last year",
        },
        {
          id: "major-projects-foundation-for-sustainable-development",
          relation: "LAYS_FOUNDATION_FOR",
          effect: "sustainable development",
          qualifier: null,
          timeReference: "Since last year",
        },
        {
          id: "guided-cooperation-focuses-on-key-development-areas",
          relation: "FOCUSES_ON",
          effect: "strategic and key development areas in Latin America",
          qualifier: 'Guided by the "Five Major Projects,"',
          timeReference: null,
        },
        {
          id: "guided-cooperation-solidifies-shared-future-foundation",
          relation: "SOLIDIFIES_FOUNDATION_FOR",
          effect: "building a China-Latin America community with a shared future",
          qualifier: 'Guided by the "Five Major Projects,"',
          timeReference: null,
        },
      ],
      evidence: [
        {
          paragraph: 5,
          quote:
            "five major projects for building a China-Latin America community with a shared future: unity, development, civilization, peace, and people-to-people bonds",
        },
        { paragraph: 5, quote: "China announced the launch of five major projects" },
        { paragraph: 2, quote: PROMOTION },
      ],
    });
  });

  it("serves trends with the time frame the article gives, and none where it gives none", async () => {
    const { data, errors } = await subgraph.query(`{
      trends { totalCount nodes { id subject change direction timeReference frameworks { id } since { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.trends).toEqual({
      totalCount: 3,
      nodes: [
        {
          id: "comprehensive-partnership-new-stage",
          subject: "China and Latin America",
          change: "entered a new stage of comprehensive cooperative partnership",
          direction: "NEW_STAGE",
          timeReference: null,
          frameworks: [{ id: "comprehensive-cooperative-partnership" }],
          since: [],
        },
        {
          id: "economic-and-trade-cooperation-improving",
          subject: "bilateral economic and trade cooperation",
          change: "has continued to improve in quality and level",
          direction: "IMPROVING",
          timeReference:
            "Since China and Latin America established the goal of building a community with a shared future and entered a new stage of comprehensive cooperative partnership",
          frameworks: [],
          since: [{ id: "community-with-a-shared-future" }, { id: "comprehensive-cooperative-partnership" }],
        },
        {
          id: "cooperation-platforms-and-mechanisms-improved",
          subject: "China-Latin America cooperation platforms and mechanisms",
          change: "have been rapidly improved",
          direction: "IMPROVING",
          timeReference: "In recent years",
          frameworks: [],
          since: [],
        },
      ],
    });
  });

  it('serves causal links in article order; "This" stays unnamed', async () => {
    const { data, errors } = await subgraph.query(`{
      all: causalLinks { totalCount nodes { id cause majorProjects { id } frameworks { id } } }
      peace: causalLinks(majorProjectId: "peace", first: 1) { totalCount nodes { id } }
      unknown: causalLinks(majorProjectId: "prosperity") { totalCount }
    }`);
    expect(errors).toBeUndefined();
    const all = data?.all as { totalCount: number; nodes: { id: string }[] };
    expect(all.totalCount).toBe(7);
    expect(all.nodes[0]).toEqual({
      id: "cooperation-impetus-to-economic-development",
      cause: "China-Latin America cooperation",
      majorProjects: [],
      frameworks: [],
    });
    expect(all.nodes.find((node) => node.id === "foundation-for-innovative-cooperation-in-key-areas")).toEqual({
      id: "foundation-for-innovative-cooperation-in-key-areas",
      cause: "This",
      majorProjects: [],
      frameworks: [],
    });
    expect(all.nodes.at(-1)).toEqual({
      id: "guided-cooperation-solidifies-shared-future-foundation",
      cause: "China-Latin America cooperation",
      majorProjects: FIVE_PROJECTS,
      frameworks: [{ id: "community-with-a-shared-future" }],
    });
    expect(data?.peace).toEqual({ totalCount: 5, nodes: [{ id: "major-projects-enhance-china-support" }] });
    expect(data?.unknown).toEqual({ totalCount: 0 });
  });

  it("serves China's stated willingness on the release of its third policy document", async () => {
    const { data, errors } = await subgraph.query(`{
      policyDocument(id: "china-third-latin-america-policy-document") {
        statedPositions {
          id kind occasion aims timeReference statedBy { code } partner { id }
          occasionPolicyDocument { id } frameworks { id }
        }
      }
      china: statedPositions(countryCode: "CN") { totalCount }
      brazil: statedPositions(countryCode: "BR") { totalCount }
      country(code: "CN") { statedPositions { id } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.policyDocument).toEqual({
      statedPositions: [
        {
          id: "china-willingness-on-third-policy-document",
          kind: "WILLINGNESS_TO_WORK_TOGETHER",
          occasion: "taking the release of this document as an opportunity",
          aims: [
            "further advance the construction of a China-Latin America community with a shared future",
            "better serve their respective development",
            "benefit the people of both sides",
          ],
          timeReference: null,
          statedBy: { code: "CN" },
          partner: { id: "latin-america" },
          occasionPolicyDocument: { id: "china-third-latin-america-policy-document" },
          frameworks: [{ id: "community-with-a-shared-future" }],
        },
      ],
    });
    expect(data?.china).toEqual({ totalCount: 1 });
    expect(data?.brazil).toEqual({ totalCount: 0 });
    expect(data?.country).toEqual({ statedPositions: [{ id: "china-willingness-on-third-policy-document" }] });
  });

  it("serves Latin America's views of China: whose, how widely held, about what, which way", async () => {
    const { data, errors } = await subgraph.query(`{
      assessments { totalCount nodes { id holder holderQualifier stance about timeReference holderRegion { id } aboutCountry { code } } }
      region(id: "latin-america") { assessments { id } }
      country(code: "CN") { assessments { stance } }
    }`);
    expect(errors).toBeUndefined();
    const shared = {
      holder: "Latin American countries",
      holderQualifier: "generally",
      timeReference: "Looking to the future",
      holderRegion: { id: "latin-america" },
      aboutCountry: { code: "CN" },
    };
    expect(data?.assessments).toEqual({
      totalCount: 2,
      nodes: [
        {
          id: "latin-america-values-china-strength-and-influence",
          stance: "VALUES",
          about: "China's economic strength and international influence",
          ...shared,
        },
        {
          id: "latin-america-looks-forward-to-upgraded-cooperation",
          stance: "LOOKS_FORWARD_TO",
          about: "upgrading their economic and trade cooperation with China",
          ...shared,
        },
      ],
    });
    expect(data?.region).toEqual({
      assessments: [
        { id: "latin-america-values-china-strength-and-influence" },
        { id: "latin-america-looks-forward-to-upgraded-cooperation" },
      ],
    });
    expect(data?.country).toEqual({ assessments: [{ stance: "VALUES" }, { stance: "LOOKS_FORWARD_TO" }] });
  });

  it('describes the China-CELAC Forum as a forum, not a "standing" one', async () => {
    const { data } = await subgraph.query(`{
      __type(name: "FrameworkKind") { enumValues { name description } }
    }`);
    const type = data?.__type as { enumValues: { name: string; description: string }[] } | undefined;
    expect(type?.enumValues.find((value) => value.name === "FORUM")?.description).toBe("A multilateral forum.");
  });
});
