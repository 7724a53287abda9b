/** Checks 1 and 2: committed files must match a fresh composition, and the subgraphs must compose. */
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { findingsOf, SchemaWorkspace } from "./schemaWorkspace.js";

describe("schema:check drift and composition", () => {
  let workspace: SchemaWorkspace | undefined;
  afterEach(() => workspace?.remove());
  afterAll(() => SchemaWorkspace.removeTemplate());

  test("a committed SDL older than the code is drift, with a unified diff and the command that fixes it", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph(
      "infrastructure",
      "  voltageKv: Int\n",
      '  voltageKv: Int\n\n  """Status."""\n  status: String\n',
    );
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    const drift = findingsOf(report, "drift");
    const subgraphDrift = drift.find((f) => f.location === "schema/infrastructure.graphql");
    expect(subgraphDrift).toMatchObject({
      severity: "error",
      code: "DRIFT",
      message: "schema/infrastructure.graphql is out of date",
    });
    expect(subgraphDrift?.detail).toContain("npm run schema:compose");
    expect(subgraphDrift?.detail).toContain("--- a/schema/infrastructure.graphql\tcommitted");
    expect(subgraphDrift?.detail).toContain('+  """Status."""\n+  status: String');
    expect(drift.map((f) => f.location)).toEqual(
      expect.arrayContaining(["schema/supergraph.graphql", "schema/contracts/public.graphql"]),
    );
    // Running the printed command is the fix.
    expect((await workspace.compose()).code).toBe(0);
    expect((await workspace.check()).code).toBe(0);
  });

  test("a generated file no subgraph produces any more is drift", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.write("schema/finance.graphql", "type Query { a: Int }\n");
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    expect(findingsOf(report, "drift")).toContainEqual(
      expect.objectContaining({ code: "DRIFT_STALE", location: "schema/finance.graphql" }),
    );
  });

  test("two subgraphs resolving the same non-shareable field is a composition error with its code", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph(
      "infrastructure",
      "  code: ID!\n",
      '  code: ID!\n\n  """English short name."""\n  name: String!\n',
    );
    const composed = await workspace.compose();
    expect(composed.code).toBe(1);
    expect(composed.stderr).toContain("error [INVALID_FIELD_SHARING]");
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    const composition = report.checks.find((c) => c.name === "composition");
    expect(composition?.passed).toBe(false);
    expect(composition?.findings).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "INVALID_FIELD_SHARING",
        message: expect.stringContaining('Non-shareable field "Country.name" is resolved from multiple subgraphs'),
      }),
    );
    // Checks that need a supergraph say why they did not run instead of failing on their own.
    expect(report.checks.find((c) => c.name === "operations")?.skipped).toBe("the supergraph does not compose");
  });
});
