/**
 * Lint rule `connection-required`: a list of objects that can grow must be a connection; only the reviewed allowlist
 * of bounded relations stays a plain list, and the committed subgraphs obey it.
 */
import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { boundedListReason, readBoundedLists } from "../../scripts/schema/lint/boundedLists.js";
import { unpagedLists } from "../../scripts/schema/lint/connectionsRequired.js";

const sdl = `
type Region {
  countries: [Country!]!
  allowed: [Country!]!
  paged(first: Int, after: String): CountryConnection!
  codes: [String!]!
  owned: [Country!]! @external
  internal: [Country!] @inaccessible
  old: [Country!]! @deprecated(reason: "Use paged.")
}
type Country { code: String! }
type CountryConnection { edges: [CountryEdge!]! nodes: [Country!]! }
type CountryEdge { node: Country! }
`;

const BOUNDED_LISTS = readBoundedLists(fromProjectRoot("."));
const committedReasons = boundedListReason(BOUNDED_LISTS);

describe("connection-required", () => {
  it("reports a new unbounded list of objects at its line, and nothing the allowlist or exemptions cover", () => {
    const reasons = (type: string, field: string) => (`${type}.${field}` === "Region.allowed" ? "bounded" : undefined);
    expect(unpagedLists(sdl, "schema/test.graphql", reasons)).toEqual([
      expect.objectContaining({
        rule: "connection-required",
        severity: "error",
        line: 3,
        column: 3,
        message: expect.stringMatching(/^Region\.countries returns a list of Country that can grow: return a Country/),
      }),
    ]);
  });

  it("fails on an unbounded list the committed allowlist does not name", () => {
    const grown = `${sdl}\ntype Framework { adoptedDocuments: [Country!]! evidence: [Country!]! }`;
    const fields = unpagedLists(grown, "schema/test.graphql", committedReasons).map(
      (message) => message.message.split(" ")[0],
    );
    expect(fields).toEqual(["Region.countries", "Region.allowed", "Framework.adoptedDocuments"]);
  });

  for (const name of ["diplomacy", "infrastructure", "finance"]) {
    it(`finds every growing list of ${name} paged`, () => {
      const file = `schema/${name}.graphql`;
      expect(unpagedLists(readFileSync(fromProjectRoot(file), "utf8"), file, committedReasons)).toEqual([]);
    });
  }

  it("allows only fields that exist and are plain lists, each with a reason", () => {
    const api = buildSchema(readFileSync(fromProjectRoot("schema/contracts/public.graphql"), "utf8"));
    for (const [coordinate, reason] of Object.entries(BOUNDED_LISTS)) {
      expect(reason.length, coordinate).toBeGreaterThan(20);
      const [typeName, fieldName] = coordinate.split(".") as [string, string];
      const types = typeName === "*" ? Object.values(api.getTypeMap()).filter(isObjectType) : [api.getType(typeName)];
      const fields = types.flatMap((type) => (isObjectType(type) ? [type.getFields()[fieldName]] : [])).filter(Boolean);
      expect(fields.length, coordinate).toBeGreaterThan(0);
      for (const field of fields) {
        expect(String(field?.type), coordinate).toMatch(/^\[/);
        expect(getNamedType(field?.type ?? null)?.name, coordinate).not.toMatch(/Connection$/);
      }
    }
  });
});
