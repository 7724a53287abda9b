/** Lint rule `no-subgraph-in-description`: client-facing descriptions never name the subgraph behind a field. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { SUBGRAPH_NAMES } from "../../platform/serviceCatalog.js";
import { subgraphNamesInDescriptions } from "../../scripts/schema/lint/subgraphNamesInDescriptionsRule.js";

const sdl = `
"Any fact the diplomacy subgraph owns."
union DiplomacyFact = Country

type Country {
  "Infrastructure projects the country promotes or hosts."
  infrastructureProjects: [String!]
  "Region the country is in (resolved by diplomacy)."
  region: String
  "Mechanisms, owned by the finance service."
  mechanisms(
    "Only mechanisms from finance."
    status: String
  ): [String!]
}

enum Kind {
  "Served from the infrastructure team's data."
  PROJECT
}
`;

describe("no-subgraph-in-description", () => {
  it("reports each description that says which subgraph owns or resolves something, at its definition", () => {
    const messages = subgraphNamesInDescriptions(sdl, "schema/test.graphql", SUBGRAPH_NAMES);
    expect(
      messages.map(({ line, message }) => [line, message.match(/of (\w+) names a subgraph \("([^"]+)"\)/)?.slice(1)]),
    ).toEqual([
      [2, ["DiplomacyFact", "subgraph"]],
      [8, ["region", "resolved by diplomacy"]],
      [10, ["mechanisms", "owned by the finance"]],
      [18, ["PROJECT", "Served from the infrastructure"]],
    ]);
    expect(messages.every((message) => message.severity === "error")).toBe(true);
  });

  it("lets domain words that happen to be subgraph names through", () => {
    const domain = `type Region {\n  "Finance facts and infrastructure gaps of the region; diplomacy between its states."\n  facts: [String!]\n}\n`;
    expect(subgraphNamesInDescriptions(domain, "schema/test.graphql", SUBGRAPH_NAMES)).toEqual([]);
  });

  it("finds no subgraph named in the committed public contract", () => {
    const file = "schema/contracts/public.graphql";
    expect(subgraphNamesInDescriptions(readFileSync(fromProjectRoot(file), "utf8"), file, SUBGRAPH_NAMES)).toEqual([]);
  });
});
