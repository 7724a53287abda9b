/** schema/CHANGELOG.md: written by schema:compose from the API schema's changes, stable, and drift-checked. */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { findingsOf, SchemaWorkspace } from "./schemaWorkspace.js";

const CHANGELOG = "schema/CHANGELOG.md";
const JUNE_1 = { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 5, 1) / 1000) };
const JULY_9 = { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 6, 9) / 1000) };

function headings(changelog: string): string[] {
  return changelog.split("\n").filter((line) => line.startsWith("## "));
}

describe("schema changelog", () => {
  let workspace: SchemaWorkspace | undefined;
  afterEach(() => workspace?.remove());
  afterAll(() => SchemaWorkspace.removeTemplate());

  /** Removes a field (approved, operations migrated), adds an enum value and a field. */
  async function changeEverything(changed: SchemaWorkspace, env = JUNE_1): Promise<void> {
    changed.editSubgraph(
      "infrastructure",
      '  """Voltage in kV, when the article states it."""\n  voltageKv: Int\n',
      "",
    );
    changed.editSubgraph(
      "infrastructure",
      "  name: String!\n",
      '  name: String!\n\n  """Completion status."""\n  status: String\n',
    );
    changed.editSubgraph("diplomacy", "  PRESIDENT\n", '  PRESIDENT\n\n  """Prime minister."""\n  PRIME_MINISTER\n');
    const operations = "schema/operations/countryProjects.graphql";
    changed.write(operations, changed.read(operations).replace("  voltageKv\n", ""));
    changed.write(
      "schema/approved-changes.yaml",
      'approvals:\n  - change: "FIELD_REMOVED:Project.voltageKv"\n    reason: The article states no voltage.\n    date: 2025-06-01\n',
    );
    const composed = await changed.compose(env);
    expect(composed.code, composed.stderr).toBe(0);
  }

  test("with no history yet, the first compose records the API schema as a baseline entry", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    const changelog = workspace.read(CHANGELOG);
    expect(headings(changelog)).toEqual([expect.stringMatching(/^## 2025-01-15 · API schema `[0-9a-f]{12}`$/)]);
    expect(changelog).toContain("First recorded API schema: 4 types, 11 fields.");
    expect((await workspace.check()).code).toBe(0);
  });

  test("a change becomes one entry on top, grouped by criticality with the approval's reason; re-composing keeps it", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    const baseline = workspace.read(CHANGELOG).split("\n## ")[1];
    await changeEverything(workspace);
    const changelog = workspace.read(CHANGELOG);
    const [newest, older] = changelog.split("\n## ").slice(1);
    expect(newest).toMatch(/^2025-06-01 · API schema `[0-9a-f]{12}`\n/);
    expect(newest).toContain(
      "**Breaking (1)**\n\n- `FIELD_REMOVED:Project.voltageKv`: Field 'voltageKv' was removed from object type 'Project' — approved 2025-06-01: The article states no voltage.",
    );
    expect(newest).toContain("**Dangerous (1)**\n\n- `ENUM_VALUE_ADDED:Office.PRIME_MINISTER`:");
    expect(newest).toContain("**Safe (1)**\n\n- `FIELD_ADDED:Project.status`:");
    expect(older).toBe(baseline);

    // Another day, same schema: the file does not change, and the check finds no drift.
    expect((await workspace.compose(JULY_9)).stdout).toContain(`unchanged ${CHANGELOG}`);
    const { code, report } = await workspace.check();
    expect(code).toBe(0);
    expect(findingsOf(report, "drift")).toEqual([]);
  });

  test("a schema change without re-composing is drift in the changelog too", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph(
      "infrastructure",
      "  name: String!\n",
      '  name: String!\n\n  """Completion status."""\n  status: String\n',
    );
    const { code, report } = await workspace.check();
    expect(code).toBe(1);
    const drift = findingsOf(report, "drift").find((f) => f.location === CHANGELOG);
    expect(drift).toMatchObject({ severity: "error", code: "DRIFT" });
    expect(drift?.detail).toContain("+- `FIELD_ADDED:Project.status`");
  });

  test("on a branch, more edits refine the branch's one entry; after the merge main's check passes unchanged", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.git("checkout", "--quiet", "-b", "feature");
    workspace.editSubgraph(
      "infrastructure",
      "  name: String!\n",
      '  name: String!\n\n  """Completion status."""\n  status: String\n',
    );
    expect((await workspace.compose(JUNE_1)).code).toBe(0);
    workspace.commitAll("add status");
    workspace.editSubgraph("diplomacy", "  PRESIDENT\n", '  PRESIDENT\n\n  """Prime minister."""\n  PRIME_MINISTER\n');
    expect((await workspace.compose(JULY_9)).code).toBe(0);
    workspace.commitAll("add prime minister");
    const changelog = workspace.read(CHANGELOG);
    expect(headings(changelog)).toHaveLength(2);
    // The entry keeps the day it was first written and now lists both changes.
    expect(headings(changelog)[0]).toMatch(/^## 2025-06-01 /);
    expect(changelog).toContain("`FIELD_ADDED:Project.status`");
    expect(changelog).toContain("`ENUM_VALUE_ADDED:Office.PRIME_MINISTER`");

    workspace.git("checkout", "--quiet", "main");
    workspace.git("merge", "--quiet", "--no-ff", "--no-edit", "feature");
    const { code, report } = await workspace.check();
    expect(code).toBe(0);
    expect(findingsOf(report, "drift")).toEqual([]);
    expect((await workspace.compose(JULY_9)).stdout).toContain(`unchanged ${CHANGELOG}`);
  });

  test("without a changelog on main, the first one is built from main's history, dated by its commits", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.git("rm", "--quiet", CHANGELOG);
    workspace.commitAll("history from before the changelog existed");
    await changeEverything(workspace);
    rmSync(join(workspace.root, CHANGELOG));
    workspace.commitAll("a schema change from before the changelog existed");
    const changeDate = workspace.git("log", "-1", "--format=%cs").trim();
    expect((await workspace.compose(JULY_9)).code).toBe(0);
    const changelog = workspace.read(CHANGELOG);
    const entries = headings(changelog);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatch(new RegExp(`^## ${changeDate} · API schema`));
    expect(changelog).toContain("— approved 2025-06-01: The article states no voltage.");
    expect(changelog).toContain("First recorded API schema: 4 types, 11 fields.");
  });
});
