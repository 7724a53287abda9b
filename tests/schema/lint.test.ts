/** Check 5: subgraph SDL lint (naming, descriptions, deprecation reasons, reachability, tag names) and entity keys in operations. */
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { findingsOf, SchemaWorkspace } from "./schemaWorkspace.js";

describe("schema:check lint", () => {
  let workspace: SchemaWorkspace | undefined;
  afterEach(() => workspace?.remove());
  afterAll(() => SchemaWorkspace.removeTemplate());

  test("federation directives and entities raise no lint findings", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    const { report } = await workspace.check();
    expect(findingsOf(report, "lint")).toEqual([]);
  });

  test("a field without a description is a lint error at its line", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph("infrastructure", '  """Name of the project."""\n', "");
    expect((await workspace.compose()).code).toBe(0);
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    expect(findingsOf(report, "lint")).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "require-description",
        message: 'Description is required for field "name" in type "Project"',
        location: "schema/infrastructure.graphql:18:3",
      }),
    ]);
    expect(report.summaryLine).toContain("1 lint errors");
  });

  test("naming, deprecation reasons, unused types and unknown tags are reported", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph(
      "infrastructure",
      "  voltageKv: Int\n",
      [
        "  voltageKv: Int",
        "",
        '  """Voltage as printed."""',
        "  voltage_label: String @deprecated",
        "",
        '  """Owner, for maintainers."""',
        '  owner: String @tag(name: "private")',
        "",
      ].join("\n"),
    );
    workspace.editSubgraph(
      "infrastructure",
      "type Query {",
      '"""Never used."""\ntype orphan_type {\n  """Stable id."""\n  id: ID!\n}\n\n"""Phase."""\nenum Phase {\n  """Planned."""\n  planned\n}\n\ntype Query {',
    );
    expect((await workspace.compose()).code).toBeLessThanOrEqual(1);
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    const codes = findingsOf(report, "lint").map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "naming-convention",
        "require-deprecation-reason",
        "no-unreachable-types",
        "known-tag-names",
      ]),
    );
    const messages = findingsOf(report, "lint").map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/voltage_label.*camelCase/),
        expect.stringMatching(/orphan_type.*PascalCase/),
        expect.stringMatching(/planned.*UPPER_CASE/),
        '@tag(name: "private") is not a known tag; use one of: public, internal',
      ]),
    );
  });

  test("an operation that selects an entity without its id is a lint error at the selection, with or without fragments", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.write(
      "schema/operations/projectNames.graphql",
      ["query ProjectNames {", "  projects {", "    name", "  }", "}", ""].join("\n"),
    );
    workspace.write(
      "schema/operations/countryProjects.graphql",
      workspace.read("schema/operations/countryProjects.graphql").replace("  id\n", ""),
    );
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    const missingId = (location: string, message: string) =>
      expect.objectContaining({ severity: "error", code: "require-selections", location, message });
    expect(findingsOf(report, "lint")).toEqual([
      missingId(
        "schema/operations/countryProjects.graphql:5:14",
        "Field `projects.id` must be selected when it's available on a type. Include it in your selection set or add to used fragment `ProjectSummary`.",
      ),
      missingId(
        "schema/operations/countryProjects.graphql:11:36",
        "Field `ProjectSummary.id` must be selected when it's available on a type. Include it in your selection set.",
      ),
      missingId(
        "schema/operations/projectNames.graphql:2:12",
        "Field `projects.id` must be selected when it's available on a type. Include it in your selection set.",
      ),
    ]);
  });
});
