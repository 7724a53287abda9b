/** The document the cost estimate sees: every page size a literal, whichever way the request gives it. */
import { readFileSync } from "node:fs";
import { buildASTSchema, type DocumentNode, parse, print } from "graphql";
import { describe, expect, it } from "vitest";
import { withLiteralPageSizes } from "../../gateway/limits/pageSizes.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";

const schema = buildASTSchema(parse(readFileSync(fromProjectRoot("schema/contracts/public.graphql"), "utf8")), {
  assumeValidSDL: true,
});

function rewritten(query: string, variables?: Record<string, unknown>): string {
  const document: DocumentNode = parse(query);
  return print(withLiteralPageSizes(schema, document, variables));
}

describe("page sizes for the cost estimate", () => {
  it("keeps a literal page size", () => {
    expect(rewritten("{ countries(first: 7) { totalCount } }")).toContain("countries(first: 7)");
  });

  it("replaces a variable by the value sent, else its declared default, else the default page size", () => {
    const query = "query Q($n: Int = 30) { countries(first: $n) { totalCount } }";
    expect(rewritten(query, { n: 90 })).toContain("countries(first: 90)");
    expect(rewritten(query)).toContain("countries(first: 30)");
    expect(rewritten(query, { n: null })).toContain("countries(first: 20)");
    expect(rewritten("query Q($n: Int) { countries(first: $n) { totalCount } }")).toContain("countries(first: 20)");
  });

  it("adds the default page size where a paginated field omits it or passes null, also inside fragments", () => {
    const query = `{ countries { totalCount } ...More }
      fragment More on Query { engagements(first: null) { totalCount } }`;
    const printed = rewritten(query);
    expect(printed).toContain("countries(first: 20)");
    expect(printed).toContain("engagements(first: 20)");
  });

  it("leaves fields without pagination and other arguments alone", () => {
    const printed = rewritten('{ country(code: "UY") { name } countries(regionId: "latin-america") { totalCount } }');
    expect(printed).toContain('country(code: "UY") {');
    expect(printed).toContain('countries(regionId: "latin-america", first: 20)');
  });
});
