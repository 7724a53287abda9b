/** Check 3: API changes against the base commit, classified, usage-aware, and gated by approvals. */
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { findingsOf, SchemaWorkspace } from "./schemaWorkspace.js";

describe("schema:check breaking changes", () => {
  let workspace: SchemaWorkspace | undefined;
  afterEach(() => workspace?.remove());
  afterAll(() => SchemaWorkspace.removeTemplate());

  async function changedWorkspace(subgraph: string, search: string, replacement: string): Promise<SchemaWorkspace> {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph(subgraph, search, replacement);
    const composed = await workspace.compose();
    expect(composed.code, composed.stderr).toBe(0);
    return workspace;
  }

  const removeVoltage = [
    "infrastructure",
    '  """Voltage in kV, when the article states it."""\n  voltageKv: Int\n',
    "",
  ] as const;

  /** Approving a breaking change goes with migrating the registered operations that use it (and regenerating). */
  async function migrateOperations(changed: SchemaWorkspace): Promise<void> {
    const path = "schema/operations/countryProjects.graphql";
    changed.write(path, changed.read(path).replace("  voltageKv\n", ""));
    await recompose(changed);
  }

  async function recompose(changed: SchemaWorkspace): Promise<void> {
    const composed = await changed.compose();
    expect(composed.code, composed.stderr).toBe(0);
  }

  test("an unchanged schema passes with nothing to report", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    const { code, report } = await workspace.check();
    expect(code).toBe(0);
    expect(report.summaryLine).toBe(
      "schema check: 0 breaking, 0 dangerous, 0 safe, 0 lint errors, 2 operations valid — PASS",
    );
  });

  test("removing a field an operation uses is BREAKING, names that operation and fails", async () => {
    const changed = await changedWorkspace(...removeVoltage);
    const { code, report } = await changed.check();
    expect(code).toBe(1);
    const removal = findingsOf(report, "breaking-changes").find((f) => f.code === "FIELD_REMOVED");
    expect(removal).toMatchObject({ severity: "error", coordinate: "Project.voltageKv" });
    expect(removal?.message).toMatch(/^BREAKING API: Field 'voltageKv' .*removed/);
    expect(removal?.detail).toContain(
      "breaks registered operations: CountryProjects (schema/operations/countryProjects.graphql:1:1)",
    );
    expect(removal?.detail).not.toContain("CountryNames");
    expect(removal?.detail).toContain('approve "FIELD_REMOVED:Project.voltageKv"');
    expect(report.summary.breaking).toBe(1);
  });

  test("adding a nullable field is SAFE and passes", async () => {
    const changed = await changedWorkspace(
      "infrastructure",
      "  voltageKv: Int\n",
      '  voltageKv: Int\n\n  """Completion status, when the article states it."""\n  status: String\n',
    );
    const { code, report } = await changed.check();
    expect(code).toBe(0);
    const added = findingsOf(report, "breaking-changes").find((f) => f.code === "FIELD_ADDED");
    expect(added).toMatchObject({ severity: "info", coordinate: "Project.status" });
    expect(added?.message).toMatch(/^SAFE API:/);
    expect(report.summary).toMatchObject({ breaking: 0, dangerous: 0, safe: 1 });
  });

  test("adding an enum value is DANGEROUS, warns and passes", async () => {
    const changed = await changedWorkspace(
      "diplomacy",
      "  PRESIDENT\n",
      '  PRESIDENT\n\n  """Prime minister of the country."""\n  PRIME_MINISTER\n',
    );
    const { code, report } = await changed.check();
    expect(code).toBe(0);
    const added = findingsOf(report, "breaking-changes").find((f) => f.code === "ENUM_VALUE_ADDED");
    expect(added).toMatchObject({ severity: "warning", coordinate: "Office.PRIME_MINISTER" });
    expect(added?.message).toMatch(/^DANGEROUS API:/);
    expect(report.summary).toMatchObject({ breaking: 0, dangerous: 1 });
  });

  test("an approved breaking change passes and the report shows the approval", async () => {
    const changed = await changedWorkspace(...removeVoltage);
    await migrateOperations(changed);
    changed.write(
      "schema/approved-changes.yaml",
      'approvals:\n  - change: "FIELD_REMOVED:Project.voltageKv"\n    reason: The article states no voltage; front ends were migrated.\n    date: 2025-06-01\n',
    );
    await recompose(changed); // the changelog's entry now carries the approval's reason
    const { code, report } = await changed.check();
    expect(code).toBe(0);
    const removal = findingsOf(report, "breaking-changes").find((f) => f.code === "FIELD_REMOVED");
    expect(removal?.severity).toBe("info");
    // The operation was migrated in the same change, so it no longer uses the field.
    expect(removal?.detail).not.toContain("CountryProjects");
    expect(removal?.message).toMatch(/^BREAKING \(approved\) API:/);
    expect(removal?.detail).toContain("approved 2025-06-01: The article states no voltage; front ends were migrated.");
    expect(report.summaryLine).toMatch(/^schema check: 1 breaking \(1 approved\),/);
    const text = await changed.checkText();
    expect(text.stdout).toContain("approved 2025-06-01");
  });

  test("an approval can name a coordinate, covering every breaking change there", async () => {
    const changed = await changedWorkspace(...removeVoltage);
    await migrateOperations(changed);
    changed.write(
      "schema/approved-changes.yaml",
      "approvals:\n  - change: Project.voltageKv\n    reason: Dropped with the data.\n    date: 2025-06-01\n",
    );
    await recompose(changed);
    expect((await changed.check()).code).toBe(0);
  });

  test("an approval that matches no change is reported as stale", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.write(
      "schema/approved-changes.yaml",
      'approvals:\n  - change: "FIELD_REMOVED:Project.budget"\n    reason: Shipped last week.\n    date: 2025-05-01\n',
    );
    // On main with no schema change the default base is HEAD~1, which the one-commit fixture lacks.
    const { code, report } = await workspace.check("--base", "HEAD");
    expect(code).toBe(0);
    expect(findingsOf(report, "breaking-changes")).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        code: "STALE_APPROVAL",
        location: "schema/approved-changes.yaml",
        message: 'approval "FIELD_REMOVED:Project.budget" (2025-05-01) matches no breaking change',
      }),
    );
  });

  test("a base without a schema yet (first commit) is explained, not a failure", async () => {
    workspace = SchemaWorkspace.fresh();
    workspace.commitAll("first commit: subgraphs only");
    expect((await workspace.compose()).code).toBe(0);
    const { code, report } = await workspace.check();
    expect(code).toBe(0);
    const run = report.checks.find((c) => c.name === "breaking-changes");
    expect(run?.skipped).toMatch(/has no schema\/supergraph\.graphql yet \(first schema\)/);
  });

  test("--base compares with any commit, e.g. HEAD itself", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph(...removeVoltage);
    expect((await workspace.compose()).code).toBe(0);
    workspace.commitAll("remove voltage");
    const againstHead = await workspace.check("--base", "HEAD");
    expect(againstHead.report.summary.breaking).toBe(0);
    expect(findingsOf(againstHead.report, "breaking-changes")[0]?.message).toMatch(
      /^base: HEAD \([0-9a-f]{10}\) — chosen with --base; 0 changes$/,
    );
  });
});
