/**
 * What the article states beyond names and events: who announced and promotes the Five Major Projects, trends with
 * their time frames, causal links, stated positions and assessments — each in the article's words, linked to the
 * entities it names, and nothing more.
 */
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

const FIVE_PROJECTS = ["unity", "development", "civilization", "peace", "people-to-people-bonds"].map((handle) => ({
  handle,
}));
const PROMOTION =
  'Since last year, the two sides have jointly promoted the "Five Major Projects" for building a community with a shared future';

describe("diplomacy statements", () => {
  it("says who announced the Five Major Projects, who promotes them since when, and what they bring about", async () => {
    const { data, errors } = await subgraph.query(`{
      majorProject(handle: "peace") {
        announcedBy { code } announcedAt { handle } promotionTimeReference
        promotedBy { __typename ... on Country { code } ... on Region { handle } }
        causalLinks { nodes { handle relation relationWording effect qualifier timeReference } }
        evidence { paragraph quote }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.majorProject).toEqual({
      announcedBy: { code: "CN" },
      announcedAt: { handle: "china-celac-forum-fourth-ministerial-conference" },
      promotionTimeReference: "Since last year",
      promotedBy: [
        { __typename: "Country", code: "CN" },
        { __typename: "Region", handle: "latin-america" },
      ],
      causalLinks: {
        nodes: [
          {
            handle: "major-projects-enhance-china-support",
            relation: "STRENGTHENS",
            relationWording: "enhancing",
            effect: "China's support for Latin America",
            qualifier: "systematically and concretely",
            timeReference: "Since last year",
          },
          {
            handle: "major-projects-strengthen-independent-development",
            relation: "STRENGTHENS",
            relationWording: "helping the region strengthen",
            effect:
              "the region strengthen its capacity for independent development, especially in the supply of public goods",
            qualifier: null,
            timeReference: "Since last year",
          },
          {
            handle: "major-projects-foundation-for-sustainable-development",
            relation: "ENABLES",
            relationWording: "laying a solid foundation for",
            effect: "sustainable development",
            qualifier: null,
            timeReference: "Since last year",
          },
          {
            handle: "guided-cooperation-focuses-on-key-development-areas",
            relation: "FOCUSES_ON",
            relationWording: "focuses on",
            effect: "strategic and key development areas in Latin America",
            qualifier: 'Guided by the "Five Major Projects,"',
            timeReference: null,
          },
          {
            handle: "guided-cooperation-solidifies-shared-future-foundation",
            relation: "ENABLES",
            relationWording: "further solidifying the foundation for",
            effect: "building a China-Latin America community with a shared future",
            qualifier: 'Guided by the "Five Major Projects,"',
            timeReference: null,
          },
        ],
      },
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
      trends { totalCount nodes { handle subject change direction directionWording timeReference frameworks { handle } since { handle } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.trends).toEqual({
      totalCount: 3,
      nodes: [
        {
          handle: "comprehensive-partnership-new-stage",
          subject: "China and Latin America",
          change: "entered a new stage of comprehensive cooperative partnership",
          direction: "IMPROVING",
          directionWording: "entered a new stage",
          timeReference: null,
          frameworks: [{ handle: "comprehensive-cooperative-partnership" }],
          since: [],
        },
        {
          handle: "economic-and-trade-cooperation-improving",
          subject: "bilateral economic and trade cooperation",
          change: "has continued to improve in quality and level",
          direction: "IMPROVING",
          directionWording: "continued to improve",
          timeReference:
            "Since China and Latin America established the goal of building a community with a shared future and entered a new stage of comprehensive cooperative partnership",
          frameworks: [],
          since: [{ handle: "community-with-a-shared-future" }, { handle: "comprehensive-cooperative-partnership" }],
        },
        {
          handle: "cooperation-platforms-and-mechanisms-improved",
          subject: "China-Latin America cooperation platforms and mechanisms",
          change: "have been rapidly improved",
          direction: "IMPROVING",
          directionWording: "rapidly improved",
          timeReference: "In recent years",
          frameworks: [],
          since: [],
        },
      ],
    });
  });

  it('serves causal links in article order; "This" stays unnamed', async () => {
    const { data, errors } = await subgraph.query(`{
      all: causalLinks { totalCount nodes { handle cause majorProjects { handle } frameworks { handle } priorityAreas { __typename id } } }
      peace: causalLinks(majorProjectId: "${gid("MajorProject", "peace")}", first: 1) { totalCount nodes { handle } }
      unknown: causalLinks(majorProjectId: "${gid("MajorProject", "prosperity")}") { totalCount }
    }`);
    expect(errors).toBeUndefined();
    const all = data?.all as { totalCount: number; nodes: { handle: string }[] };
    expect(all.totalCount).toBe(7);
    expect(all.nodes[0]).toEqual({
      handle: "cooperation-impetus-to-economic-development",
      cause: "China-Latin America cooperation",
      majorProjects: [],
      frameworks: [],
      priorityAreas: [],
    });
    expect(all.nodes.find((node) => node.handle === "foundation-for-innovative-cooperation-in-key-areas")).toEqual({
      handle: "foundation-for-innovative-cooperation-in-key-areas",
      cause: "This",
      majorProjects: [],
      frameworks: [],
      priorityAreas: [],
    });
    expect(all.nodes.at(-1)).toEqual({
      handle: "guided-cooperation-solidifies-shared-future-foundation",
      cause: "China-Latin America cooperation",
      majorProjects: FIVE_PROJECTS,
      frameworks: [{ handle: "community-with-a-shared-future" }],
      priorityAreas: [],
    });
    // References to infrastructure's priority areas, by global id, for the gateway to complete.
    const focus = all.nodes.find((node) => node.handle === "guided-cooperation-focuses-on-key-development-areas");
    expect(focus).toMatchObject({
      priorityAreas: expect.arrayContaining([{ __typename: "PriorityArea", id: gid("PriorityArea", "clean-energy") }]),
    });
    expect((focus as unknown as { priorityAreas: unknown[] }).priorityAreas).toHaveLength(6);
    expect(data?.peace).toEqual({ totalCount: 5, nodes: [{ handle: "major-projects-enhance-china-support" }] });
    expect(data?.unknown).toEqual({ totalCount: 0 });
  });

  it("serves China's stated willingness on the release of its third policy document", async () => {
    const { data, errors } = await subgraph.query(`{
      policyDocument(handle: "china-third-latin-america-policy-document") {
        statedPositions {
          nodes {
            handle kind kindWording occasion aims timeReference statedBy { code } partner { handle }
            occasionPolicyDocument { handle } frameworks { handle }
          }
        }
      }
      china: statedPositions(countryCode: "CN") { totalCount }
      brazil: statedPositions(countryCode: "BR") { totalCount }
      country(code: "CN") { statedPositions { nodes { handle } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.policyDocument).toEqual({
      statedPositions: {
        nodes: [
          {
            handle: "china-willingness-on-third-policy-document",
            kind: "WILLINGNESS",
            kindWording: "stated its willingness",
            occasion: "taking the release of this document as an opportunity",
            aims: [
              "further advance the construction of a China-Latin America community with a shared future",
              "better serve their respective development",
              "benefit the people of both sides",
            ],
            timeReference: null,
            statedBy: { code: "CN" },
            partner: { handle: "latin-america" },
            occasionPolicyDocument: { handle: "china-third-latin-america-policy-document" },
            frameworks: [{ handle: "community-with-a-shared-future" }],
          },
        ],
      },
    });
    expect(data?.china).toEqual({ totalCount: 1 });
    expect(data?.brazil).toEqual({ totalCount: 0 });
    expect(data?.country).toEqual({
      statedPositions: { nodes: [{ handle: "china-willingness-on-third-policy-document" }] },
    });
  });

  it("serves Latin America's views of China: whose, how widely held, about what, which way", async () => {
    const { data, errors } = await subgraph.query(`{
      assessments { totalCount nodes { handle holder holderQualifier stance stanceWording about timeReference holderRegion { handle } aboutCountry { code } } }
      region(handle: "latin-america") { assessments { nodes { handle } } }
      country(code: "CN") { assessments { nodes { stance } } }
    }`);
    expect(errors).toBeUndefined();
    const shared = {
      holder: "Latin American countries",
      holderQualifier: "generally",
      timeReference: "Looking to the future",
      holderRegion: { handle: "latin-america" },
      aboutCountry: { code: "CN" },
    };
    expect(data?.assessments).toEqual({
      totalCount: 2,
      nodes: [
        {
          handle: "latin-america-values-china-strength-and-influence",
          stance: "POSITIVE",
          stanceWording: "value",
          about: "China's economic strength and international influence",
          ...shared,
        },
        {
          handle: "latin-america-looks-forward-to-upgraded-cooperation",
          stance: "POSITIVE",
          stanceWording: "look forward to",
          about: "upgrading their economic and trade cooperation with China",
          ...shared,
        },
      ],
    });
    expect(data?.region).toEqual({
      assessments: {
        nodes: [
          { handle: "latin-america-values-china-strength-and-influence" },
          { handle: "latin-america-looks-forward-to-upgraded-cooperation" },
        ],
      },
    });
    expect(data?.country).toEqual({ assessments: { nodes: [{ stance: "POSITIVE" }, { stance: "POSITIVE" }] } });
  });

  it('describes the China-CELAC Forum as a forum, not a "standing" one', async () => {
    const { data } = await subgraph.query(`{
      __type(name: "FrameworkKind") { enumValues { name description } }
    }`);
    const type = data?.__type as { enumValues: { name: string; description: string }[] } | undefined;
    expect(type?.enumValues.find((value) => value.name === "FORUM")?.description).toBe("A multilateral forum.");
  });
});
