/** Check 4: registered operations validate against the API schema, with locations, deprecations, depth and aliases. */
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { findingsOf, SchemaWorkspace } from "./schemaWorkspace.js";

describe("schema:check registered operations", () => {
  let workspace: SchemaWorkspace | undefined;
  afterEach(() => workspace?.remove());
  afterAll(() => SchemaWorkspace.removeTemplate());

  test("an operation selecting an unknown field fails with its file, line and column", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.write(
      "schema/operations/diplomacy/countryLeader.graphql",
      "# Who leads a country.\nquery CountryLeader($code: ID!) {\n  country(code: $code) {\n    name\n    leader\n  }\n}\n",
    );
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    expect(findingsOf(report, "operations")).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "INVALID_OPERATION",
        message: 'CountryLeader: Cannot query field "leader" on type "Country".',
        location: "schema/operations/diplomacy/countryLeader.graphql:5:5",
      }),
    );
    expect(report.summaryLine).toContain("2 of 3 operations valid");
  });

  test("anonymous and duplicate operations are refused", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.write("schema/operations/anonymous.graphql", "{ countries { totalCount } }\n");
    workspace.write("schema/operations/again.graphql", "query CountryNames { countries { name } }\n");
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    const codes = findingsOf(report, "operations").map((f) => `${f.code} ${f.location}`);
    expect(codes).toContain("ANONYMOUS_OPERATION schema/operations/anonymous.graphql:1:1");
    expect(codes).toContain("DUPLICATE_OPERATION_NAME schema/operations/countryNames.graphql:1:1");
  });

  test("reports depth and aliases per operation, and deprecated fields in use", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph("diplomacy", "  name: String!\n", '  name: String! @deprecated(reason: "Use code.")\n');
    expect((await workspace.compose()).code).toBe(0);
    workspace.write(
      "schema/operations/aliases.graphql",
      'query TwoCountries {\n  uruguay: country(code: "UY") { code }\n  brazil: country(code: "BR") { code projects { id } }\n}\n',
    );
    const { report } = await workspace.check();
    const findings = findingsOf(report, "operations");
    expect(findings).toContainEqual(
      expect.objectContaining({ code: "OPERATION_SHAPE", message: "TwoCountries (query): depth 3, 2 aliases" }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        code: "DEPRECATED_USAGE",
        location: "schema/operations/countryNames.graphql:4:5",
        message: "CountryNames: The field Country.name is deprecated. Use code.",
      }),
    );
    const limited = await workspace.check("--max-depth", "2", "--max-aliases", "1");
    expect(limited.code).toBe(1);
    expect(findingsOf(limited.report, "operations")).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "OPERATION_LIMIT",
        message: "TwoCountries (query): depth 3, 2 aliases — depth over 2, aliases over 1",
      }),
    );
  });
});
