/** Lint rule `list-size-declared`: an unpaged list of objects must declare its size; the committed subgraphs do. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { unsizedLists } from "../../scripts/schema/lint/listSizes.js";

const sdl = `
type Region {
  countries: [Country!]!
  sized: [Country!]! @listSize(assumedSize: 10)
  paged(first: Int): [Country!]!
  codes: [String!]!
  owned: [Country!]! @external
}
type Country { code: String! }
type CountryConnection { edges: [Country!]! nodes: [Country!]! }
`;

describe("list-size-declared", () => {
  it("reports only the unpaged, unsized list of objects, at its line", () => {
    expect(unsizedLists(sdl, "schema/test.graphql")).toEqual([
      expect.objectContaining({
        rule: "list-size-declared",
        severity: "error",
        line: 3,
        column: 3,
        message: expect.stringMatching(/^Region\.countries is a list without paging: declare .*@listSize/),
      }),
    ]);
  });

  for (const name of ["diplomacy", "infrastructure", "finance"]) {
    it(`finds every list of ${name} sized`, () => {
      const file = `schema/${name}.graphql`;
      expect(unsizedLists(readFileSync(fromProjectRoot(file), "utf8"), file)).toEqual([]);
    });
  }
});
