/** Check 6: the public contract variant composes from @tag filters and drops nothing by accident. */
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { findingsOf, SchemaWorkspace } from "./schemaWorkspace.js";

describe("schema:check contracts", () => {
  let workspace: SchemaWorkspace | undefined;
  afterEach(() => workspace?.remove());
  afterAll(() => SchemaWorkspace.removeTemplate());

  test("the public contract keeps public-tagged elements and leaves internal ones out", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    const contract = workspace.read("schema/contracts/public.graphql");
    expect(contract).toContain("type Country");
    expect(contract).toContain("voltageKv: Int");
    // Country.projects comes from infrastructure, untagged there: Country's type-level tag in diplomacy covers it.
    expect(contract).toContain("projects: [Project!]!");
    expect(contract).not.toContain("dataFile");
    expect(workspace.read("schema/supergraph.graphql")).toContain("dataFile");
  });

  test("a public field whose type is not public is a contract error naming both", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph(
      "infrastructure",
      "  voltageKv: Int\n",
      '  voltageKv: Int\n\n  """Company operating the project."""\n  operator: Operator\n}\n\n"""A company operating a project."""\ntype Operator {\n  """Company name."""\n  name: String!\n',
    );
    const composed = await workspace.compose();
    expect(composed.code).toBe(1);
    expect(composed.stderr).toContain('Contract "public" failed to compose');
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    expect(findingsOf(report, "contracts")).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "REFERENCED_INACCESSIBLE",
        message: expect.stringContaining('Type "Operator" is @inaccessible but is referenced by "Project.operator"'),
        detail: expect.stringContaining('tag Operator @tag(name: "public")'),
      }),
    );
    // The full supergraph still composes: only the contract is wrong.
    expect(report.checks.find((c) => c.name === "composition")?.passed).toBe(true);
  });

  test("an untagged enum is left out of the contract even where public fields use it", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph("diplomacy", 'enum Office @tag(name: "public") {', "enum Office {");
    expect((await workspace.compose()).code).toBe(1);
    const { report } = await workspace.check();
    expect(findingsOf(report, "contracts")).toContainEqual(
      expect.objectContaining({
        code: "REFERENCED_INACCESSIBLE",
        detail: expect.stringContaining("Office needs a type-level @tag"),
      }),
    );
  });

  test("an optional argument of a kept field that lost its tag is reported, not dropped silently", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph(
      "infrastructure",
      '  projects: [Project!]! @tag(name: "public") @listSize(assumedSize: 10)\n}',
      '  projects(\n    """Only projects in this country."""\n    countryCode: ID\n  ): [Project!]! @tag(name: "public") @listSize(assumedSize: 10)\n}',
    );
    expect((await workspace.compose()).code).toBe(0);
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    expect(findingsOf(report, "contracts")).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "CONTRACT_SILENT_DROP",
        coordinate: "Query.projects(countryCode:)",
      }),
    );
  });
});
