/**
 * `--format text|json|github|markdown` on one fixture change holding a breaking removal, a dangerous change, a safe
 * addition and an invalid operation, and the step summary GitHub Actions gets by itself.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { findingsOf, runSchemaCommand, SchemaWorkspace } from "./schemaWorkspace.js";

describe("schema:check report formats", () => {
  let workspace: SchemaWorkspace;
  /** `file:line:column` of `name` on the first line holding `text` in a generated subgraph SDL. */
  let lineOf: (subgraph: string, text: string, name: string) => string;

  beforeAll(async () => {
    workspace = await SchemaWorkspace.withCommittedBase();
    workspace.editSubgraph(
      "infrastructure",
      '  """Voltage in kV, when the article states it."""\n  voltageKv: Int\n',
      "",
    );
    workspace.editSubgraph(
      "infrastructure",
      "  name: String!\n",
      '  name: String!\n\n  """Completion status, when the article states it."""\n  status: String\n',
    );
    workspace.editSubgraph("diplomacy", "  PRESIDENT\n", '  PRESIDENT\n\n  """Prime minister."""\n  PRIME_MINISTER\n');
    workspace.write(
      "schema/operations/countryLeader.graphql",
      "# Who leads a country.\nquery CountryLeader($code: ID!) {\n  country(code: $code) {\n    name\n    leader\n  }\n}\n",
    );
    const composed = await workspace.compose();
    expect(composed.code, composed.stderr).toBe(0);
    lineOf = (subgraph, text, name) => {
      const lines = workspace.read(`schema/${subgraph}.graphql`).split("\n");
      const index = lines.findIndex((line) => line.includes(text));
      return `schema/${subgraph}.graphql:${index + 1}:${(lines[index] ?? "").indexOf(name) + 1}`;
    };
  }, 60_000);
  afterAll(async () => {
    workspace.remove();
    await SchemaWorkspace.removeTemplate();
  });

  test("text (the default) puts each finding at its file and line and states the base and why", async () => {
    const { code, stdout } = await workspace.checkText();
    expect(code).toBe(1);
    // The workspace is on main with uncommitted changes: those are what is checked.
    expect(stdout).toContain("· [BASE] base: HEAD (");
    expect(stdout).toContain("HEAD is on main and the schema has uncommitted changes: those changes; 3 changes");
    // The removed field points at its type, the line a reviewer sees next to the removal.
    expect(stdout).toMatch(
      new RegExp(
        `✖ ${esc(lineOf("infrastructure", "type Project", "Project"))} \\[FIELD_REMOVED\\] BREAKING API: Field 'voltageKv'`,
      ),
    );
    expect(stdout).toContain(
      `⚠ ${lineOf("diplomacy", "PRIME_MINISTER", "PRIME_MINISTER")} [ENUM_VALUE_ADDED] DANGEROUS API:`,
    );
    expect(stdout).toContain(`· ${lineOf("infrastructure", "status: String", "status")} [FIELD_ADDED] SAFE API:`);
    expect(stdout).toContain(
      '✖ schema/operations/countryLeader.graphql:5:5 [INVALID_OPERATION] CountryLeader: Cannot query field "leader"',
    );
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "schema check: 1 breaking, 1 dangerous, 1 safe, 0 lint errors, 1 of 3 operations valid — FAIL",
    );
  });

  test("json: --json is --format json, with the base and why", async () => {
    const viaFlag = await workspace.checkIn({}, "--format", "json");
    const viaAlias = await workspace.check();
    expect(viaFlag.code).toBe(1);
    expect(viaAlias.code).toBe(1);
    const report = JSON.parse(viaFlag.stdout);
    expect(Object.keys(report)).toEqual(Object.keys(viaAlias.report));
    expect(report.base).toMatchObject({ available: true, why: expect.stringContaining("uncommitted changes") });
    const codes = findingsOf(report, "breaking-changes").map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["FIELD_REMOVED", "ENUM_VALUE_ADDED", "FIELD_ADDED"]));
    expect(findingsOf(report, "operations").map((f: { code: string }) => f.code)).toContain("INVALID_OPERATION");
    expect(report.contractDiffs[0].diff).toContain("-  voltageKv: Int");
  });

  test("github: errors and warnings as workflow commands on their lines; info stays in the folded log", async () => {
    const { code, stdout } = await workspace.checkIn({}, "--format", "github");
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    const [projectFile, projectLine, projectColumn] = lineOf("infrastructure", "type Project", "Project").split(":");
    const removal = lines.find((line) => line.startsWith("::error") && line.includes("FIELD_REMOVED"));
    expect(removal).toBe(
      `::error file=${projectFile},line=${projectLine},col=${projectColumn},title=breaking-changes%3A FIELD_REMOVED::` +
        "BREAKING API: Field 'voltageKv' was removed from object type 'Project'%0A" +
        "Removing a field is a breaking change. It is preferable to deprecate the field before removing it. " +
        "This applies to removed union fields as well, since removal breaks client operations that contain fragments " +
        "that reference the removed type through direct (... on RemovedType) or indirect means such as __typename " +
        "in the consumers.%0A" +
        "breaks registered operations: CountryProjects (schema/operations/countryProjects.graphql:1:1)%0A" +
        'to ship it, approve "FIELD_REMOVED:Project.voltageKv" in schema/approved-changes.yaml',
    );
    const [enumFile, enumLine] = lineOf("diplomacy", "PRIME_MINISTER", "PRIME_MINISTER").split(":");
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::warning file=${esc(enumFile ?? "")},line=${enumLine},col=3,title=breaking-changes%3A ENUM_VALUE_ADDED::DANGEROUS API`,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=schema\/operations\/countryLeader\.graphql,line=5,col=5,title=operations%3A INVALID_OPERATION::CountryLeader: Cannot query field "leader"/,
      ),
    );
    expect(lines.filter((line) => line.startsWith("::") && line.includes("FIELD_ADDED"))).toEqual([]);
    expect(lines.filter((line) => line.startsWith("::group::"))).toHaveLength(6);
    expect(lines.filter((line) => line === "::endgroup::")).toHaveLength(6);
    expect(lines.at(-1)).toMatch(/^schema check: 1 breaking, .* — FAIL$/);
  });

  test("markdown: check table, breaking changes with the operations they break, problems, the contract's diff", async () => {
    const { code, stdout } = await workspace.checkIn({}, "--format", "markdown");
    expect(code).toBe(1);
    expect(stdout).toMatch(/^## ❌ Schema check failed\n\n`schema check: 1 breaking, 1 dangerous, 1 safe, /);
    expect(stdout).toMatch(/\*\*Base:\*\* `HEAD \([0-9a-f]{10}\)` — HEAD is on main and the schema has uncommitted/);
    expect(stdout).toMatch(/\| 3 \| Breaking changes: API schema vs\. base \| ❌ fail \| 1 \| 1 \| \d+\.\d s \|/);
    expect(stdout).toContain(
      "| `FIELD_REMOVED:Project.voltageKv` | API | Field 'voltageKv' was removed from object type 'Project' | " +
        "CountryProjects (`schema/operations/countryProjects.graphql:1:1`) | " +
        "❌ not approved: add `FIELD_REMOVED:Project.voltageKv` to `schema/approved-changes.yaml` |",
    );
    expect(stdout).toContain("### Dangerous changes (1)\n\n- `ENUM_VALUE_ADDED:Office.PRIME_MINISTER`");
    expect(stdout).toContain("<details><summary>Safe changes (1)</summary>\n\n- `FIELD_ADDED:Project.status`");
    expect(stdout).toContain(
      '- ❌ **Registered operations (schema/operations)** `INVALID_OPERATION` `schema/operations/countryLeader.graphql:5:5`: CountryLeader: Cannot query field "leader"',
    );
    expect(stdout).toContain("### Contract `public`: `schema/contracts/public.graphql` vs. base");
    expect(stdout).toMatch(/```diff\n=+\n--- a\/schema\/contracts\/public\.graphql\tHEAD \([0-9a-f]{10}\)\n/);
    expect(stdout).toContain("\n-  voltageKv: Int\n");
    expect(stdout).toContain("\n+  status: String\n");
  });

  test("under GitHub Actions the Markdown report is appended to the step summary, whatever the format", async () => {
    const dir = mkdtempSync(join(tmpdir(), "step-summary-"));
    try {
      const summaryPath = join(dir, "summary.md");
      const { code, stdout } = await workspace.checkIn(
        { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summaryPath },
        "--format",
        "text",
      );
      expect(code).toBe(1);
      expect(stdout).not.toContain("## ❌");
      const summary = readFileSync(summaryPath, "utf8");
      expect(summary).toMatch(/^## ❌ Schema check failed\n/);
      expect(summary).toContain("| `FIELD_REMOVED:Project.voltageKv` | API |");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a step summary is written when the check cannot run, too; a bad or contradictory format exits 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "step-summary-"));
    try {
      const summaryPath = join(dir, "summary.md");
      const env = { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summaryPath };
      const bad = await runSchemaCommand("check", ["--format", "yaml"], env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--format must be one of text, json, github, markdown, got "yaml"');
      expect(readFileSync(summaryPath, "utf8")).toContain("## ⚠️ Schema check could not run");
      const contradictory = await runSchemaCommand("check", ["--json", "--format", "markdown"]);
      expect(contradictory.code).toBe(2);
      expect(contradictory.stderr).toContain("--json means --format json; it contradicts --format markdown");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function esc(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
