/**
 * The commands themselves: exit 2 when the check cannot run, and the real project's committed schema is current. The
 * unknown flag and the real project run as real processes (the committed base every schema test copies is composed by
 * one too, see schemaWorkspace.ts); the others call the command's main function.
 */
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { type JsonReport, runScript, SchemaWorkspace } from "./schemaWorkspace.js";

describe("schema:check command", () => {
  let workspace: SchemaWorkspace | undefined;
  afterEach(() => workspace?.remove());
  afterAll(() => SchemaWorkspace.removeTemplate());

  test("an unknown flag exits 2 with one line pointing at --help", async () => {
    const { code, stderr } = await runScript("check", ["--strict-mode"]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      "schema check could not run: Unknown option '--strict-mode' (see npm run schema:check -- --help)",
    );
  });

  test("a --base that is not a commit exits 2", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    const { code, stderr } = await workspace.check("--base", "no-such-branch");
    expect(code).toBe(2);
    expect(stderr).toContain("--base no-such-branch is not a commit");
  });

  test("a malformed approvals file exits 2 and says what is wrong", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.write(
      "schema/approved-changes.yaml",
      "approvals:\n  - change: FIELD_REMOVED:Project.id\n    date: June\n",
    );
    const { code, stderr } = await workspace.check();
    expect(code).toBe(2);
    expect(stderr).toContain("schema/approved-changes.yaml is malformed");
    expect(stderr).toContain("approvals.0.reason");
    expect(stderr).toContain("date must be YYYY-MM-DD");
  });

  test("the text report groups findings by check and ends with the summary line", async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    const { code, stdout } = await workspace.checkText();
    expect(code).toBe(0);
    const headings = stdout.split("\n").filter((line) => /^\d\. /.test(line));
    expect(headings.map((line) => line.replace(/ — .*/, ""))).toEqual([
      "1. Drift: committed schema files vs. regenerated",
      "2. Composition (Apollo Federation 2)",
      "3. Breaking changes: API schema vs. base",
      "4. Registered operations (schema/operations)",
      "5. Lint: subgraph SDLs (@graphql-eslint schema rules + tag names + list sizes + connections), contract descriptions, entity keys in operations",
      "6. Contracts: @tag-filtered variants",
    ]);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "schema check: 0 breaking, 0 dangerous, 0 safe, 0 lint errors, 2 operations valid — PASS",
    );
  });

  test("on the real project, the committed schema files match the subgraphs' code and compose", async () => {
    const { code, stdout, stderr } = await runScript("check", ["--json"]);
    expect(code, stderr).toBeLessThan(2);
    const report = JSON.parse(stdout) as JsonReport;
    for (const name of ["drift", "composition"]) {
      const run = report.checks.find((c) => c.name === name);
      expect(run?.findings.filter((f) => f.severity === "error") ?? [], name).toEqual([]);
    }
  });
});
