/** The registered front-end operations run against the real federation (three subgraphs + gateway) and return data. */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { loadOperations } from "../../scripts/schema/registeredOperations.js";
import { sharedFederation } from "../support/sharedFederation.js";

const registry = loadOperations(fromProjectRoot());

function fileOf(location: string): string {
  return location.slice(0, location.indexOf(".graphql:") + ".graphql".length);
}

/** Runs a registered operation as the playground does: its file's text, the operation's name, default variables. */
async function run(url: string, name: string, variables: Record<string, unknown> = {}) {
  const operation = registry.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`no registered operation ${name}`);
  const text = readFileSync(fromProjectRoot(fileOf(operation.location)), "utf8");
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: text, operationName: name, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: assertions walk the response shape
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

describe("registered operations", () => {
  const federation = sharedFederation();

  test("there is at least one per subgraph and four cross-subgraph showcases", () => {
    expect(registry.problems).toEqual([]);
    const folders = registry.operations.map((o) => fileOf(o.location).split("/")[2]);
    for (const folder of ["diplomacy", "infrastructure", "finance"]) expect(folders).toContain(folder);
    expect(folders.filter((f) => f === "cross-subgraph").length).toBeGreaterThanOrEqual(4);
  });

  test("every operation runs with its default variables, without errors, and finds something", async () => {
    for (const operation of registry.operations) {
      const result = await run(federation.gatewayUrl, operation.name);
      expect(result.errors, `${operation.name}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      for (const [field, value] of Object.entries(result.data ?? {})) {
        expect(value, `${operation.name}.${field}`).not.toBeNull();
        const items = (value as { nodes?: unknown[] }).nodes ?? value;
        if (Array.isArray(items)) expect(items.length, `${operation.name}.${field}`).toBeGreaterThan(0);
      }
    }
  });

  test("a country with its leaders, engagements, projects and crises", async () => {
    const uruguay = (await run(federation.gatewayUrl, "CountryProfile")).data.country;
    expect(uruguay.headsOfState).toEqual([{ id: expect.any(String), name: "Orsi", office: "PRESIDENT" }]);
    expect(uruguay.engagements.nodes[0]).toMatchObject({ kind: "TALKS", occasion: "STATE_VISIT" });
    expect(uruguay.infrastructureProjects.nodes[0]).toMatchObject({ voltageKv: 500, status: "UNKNOWN" });
    const chile = (await run(federation.gatewayUrl, "CountryProfile", { code: "CL" })).data.country;
    expect(chile.publicServiceCrises.nodes[0]).toMatchObject({
      trigger: "PUBLIC_SERVICE_PRICE_ADJUSTMENT",
      recurrence: "repeatedly",
    });
  });

  test("the article's statements from every subgraph, each with its evidence", async () => {
    const facts = (await run(federation.gatewayUrl, "ArticleStatements")).data.article.facts;
    expect(facts.totalCount).toBe(15);
    const types = new Set(facts.nodes.map((fact: { __typename: string }) => fact.__typename));
    expect(types).toEqual(
      new Set(["Trend", "CausalLink", "StatedPosition", "Assessment", "PublicGoodsRelation", "FinancialOutlook"]),
    );
    for (const fact of facts.nodes) expect(fact.evidence.length).toBeGreaterThan(0);
    const projects = (await run(federation.gatewayUrl, "FiveMajorProjects")).data.majorProjects.nodes;
    expect(projects[0]).toMatchObject({
      announcedBy: { code: "CN" },
      promotionTimeReference: "Since last year",
      promotedBy: [{ code: "CN" }, { id: expect.any(String), name: "Latin America" }],
    });
  });

  test("the 500 kV project leads to its promoter countries and their leaders", async () => {
    const project = (await run(federation.gatewayUrl, "ProjectCountriesLeaders")).data.infrastructureProject;
    const leaders = project.promoterCountries.flatMap((c: { headsOfState: { name: string }[] }) =>
      c.headsOfState.map((h) => h.name),
    );
    expect(leaders).toEqual(expect.arrayContaining(["Xi Jinping", "Orsi"]));
  });

  test("the third policy document and the financial cooperation it calls for", async () => {
    const document = (await run(federation.gatewayUrl, "PolicyDocumentFinancialCooperation")).data.policyDocument;
    expect(document).toMatchObject({
      title: null,
      name: "third policy document on Latin America",
      edition: 3,
      issuer: { name: "China" },
    });
    expect(document.financialRegulatoryDialogues.nodes[0].participants).toEqual([
      "CENTRAL_BANKS",
      "FINANCIAL_REGULATORY_AUTHORITIES",
    ]);
    const toExplore = (
      await run(federation.gatewayUrl, "PolicyDocumentFinancialCooperation", {
        mechanismFilter: { status: "TO_EXPLORE" },
      })
    ).data.policyDocument.financialMechanisms.nodes.map((m: { name: string }) => m.name);
    expect(toExplore).toEqual(["Panda bonds", "insurance", "financial leasing"]);
  });

  test("one paragraph gathers facts from all three subgraphs", async () => {
    const article = (await run(federation.gatewayUrl, "ParagraphFacts")).data.article;
    expect(article.paragraph.number).toBe(3);
    const types = article.facts.nodes.map((fact: { __typename: string }) => fact.__typename);
    expect(types).toContain("Country");
    expect(types).toContain("PublicServiceCrisis");
    expect(types).toContain("FinancialRisk");
  });
});
