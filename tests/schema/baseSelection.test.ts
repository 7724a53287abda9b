/** Which base the breaking-change check compares with, per situation, and the reason the report gives for it. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { findingsOf, type JsonReport, SchemaWorkspace } from "./schemaWorkspace.js";

const removeVoltage = [
  "infrastructure",
  '  """Voltage in kV, when the article states it."""\n  voltageKv: Int\n',
  "",
] as const;

function baseMessage(report: JsonReport): string {
  return findingsOf(report, "breaking-changes").find((f) => f.code === "BASE")?.message ?? "(no base)";
}

describe("schema:check base selection", () => {
  let workspace: SchemaWorkspace | undefined;
  afterEach(() => workspace?.remove());
  afterAll(() => SchemaWorkspace.removeTemplate());

  /** The base commit, then one commit removing a field: the situation of a direct push to main. */
  async function removalCommittedOnMain(): Promise<SchemaWorkspace> {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph(...removeVoltage);
    workspace.write(
      "schema/operations/countryProjects.graphql",
      workspace.read("schema/operations/countryProjects.graphql").replace("  voltageKv\n", ""),
    );
    expect((await workspace.compose()).code).toBe(0);
    workspace.commitAll("remove voltage");
    return workspace;
  }

  test("on main with nothing uncommitted, the previous commit: a direct push is checked, not compared with itself", async () => {
    const main = await removalCommittedOnMain();
    const { code, report } = await main.check();
    expect(code).toBe(1);
    expect(report.summary.breaking).toBe(1);
    expect(baseMessage(report)).toMatch(
      /^base: HEAD~1 \([0-9a-f]{10}\) — HEAD is on main with no uncommitted schema change: what the last commit changed; 1 change$/,
    );
  });

  test("on a push, the tip before the push (the event's `before`), covering every pushed commit", async () => {
    const main = await removalCommittedOnMain();
    const before = main.git("rev-parse", "HEAD~1").trim();
    main.write("README.md", "another commit in the same push\n");
    main.commitAll("docs");
    const eventPath = join(main.root, "event.json");
    writeFileSync(eventPath, JSON.stringify({ before }));
    const { report } = await main.checkJsonIn({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: eventPath });
    expect(report.summary.breaking).toBe(1);
    expect(baseMessage(report)).toContain(`base: the tip before the push (${before.slice(0, 10)}) — push to main`);
  });

  test("on a branch, its fork point from main; in a pull request, the target branch; --base wins over both", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.git("checkout", "--quiet", "-b", "release");
    workspace.git("checkout", "--quiet", "-b", "feature");
    workspace.editSubgraph(...removeVoltage);
    expect((await workspace.compose()).code).toBe(0);
    workspace.commitAll("remove voltage");

    const onBranch = await workspace.check();
    expect(onBranch.report.summary.breaking).toBe(1);
    expect(baseMessage(onBranch.report)).toMatch(
      /^base: git merge-base HEAD main \([0-9a-f]{10}\) — the branch's fork point from main: everything the branch changes; /,
    );

    const pullRequest = await workspace.checkJsonIn({ GITHUB_BASE_REF: "release" });
    expect(pullRequest.report.summary.breaking).toBe(1);
    expect(baseMessage(pullRequest.report)).toMatch(
      /^base: git merge-base HEAD release \([0-9a-f]{10}\) — pull request into release \(GITHUB_BASE_REF\)/,
    );

    const overridden = await workspace.checkJsonIn({ GITHUB_BASE_REF: "release" }, "--base", "HEAD");
    expect(overridden.report.summary.breaking).toBe(0);
    expect(baseMessage(overridden.report)).toContain("chosen with --base");
  });

  test("a pull request whose target branch is not in the clone exits 2 and says how to fetch it", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    const { code, stderr } = await workspace.checkIn({ GITHUB_BASE_REF: "develop" });
    expect(code).toBe(2);
    expect(stderr).toContain("the pull request's target branch develop (GITHUB_BASE_REF) shares no history with HEAD");
    expect(stderr).toContain("fetch-depth: 0");
  });
});
