/** The GitHub workflow validates against the Actions schema (action-validator) and runs the same steps as .ci/run. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { fromProjectRoot } from "../../platform/projectRoot.js";

const WORKFLOW = fromProjectRoot(".github", "workflows", "ci.yml");
const VALIDATOR = fromProjectRoot("node_modules", ".bin", "action-validator");

function validate(path: string): { status: number | null; output: string } {
  const result = spawnSync(VALIDATOR, [path], { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe("CI workflow", () => {
  test("validates against GitHub Actions' workflow schema", () => {
    const { status, output } = validate(WORKFLOW);
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  test("the validator rejects a broken copy (a step with neither run nor uses, a job without runs-on)", () => {
    const dir = mkdtempSync(join(tmpdir(), "workflow-"));
    try {
      const broken = join(dir, "ci.yml");
      writeFileSync(
        broken,
        readFileSync(WORKFLOW, "utf8").replace("runs-on:", "runs_on:").replace("run: bash", "runn: bash"),
      );
      const { status, output } = validate(broken);
      expect(status).toBe(1);
      expect(output).toContain("/jobs/test");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("runs on pushes to main and pull requests, with full history and npm caching, and calls .ci/steps.sh", () => {
    const workflow = parse(readFileSync(WORKFLOW, "utf8")) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: Step[] }>;
    };
    expect(Object.keys(workflow.on).sort()).toEqual(["pull_request", "push"]);
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.find((s) => s.uses?.startsWith("actions/checkout@"))?.with).toMatchObject({ "fetch-depth": 0 });
    expect(steps.find((s) => s.uses?.startsWith("actions/setup-node@"))?.with).toMatchObject({ cache: "npm" });
    const runs = steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
    expect(runs).toContain("bash .ci/steps.sh");
    // Only system packages besides the shared steps: no npm command of its own that .ci/run would lack.
    expect(runs.filter((run) => /\bnpm\b/.test(run))).toEqual([]);
  });

  test(".ci/run installs system packages and then runs the same .ci/steps.sh, which runs the schema check", () => {
    const run = readFileSync(fromProjectRoot(".ci", "run"), "utf8");
    expect(run.trimEnd().split("\n").at(-1)).toBe("bash .ci/steps.sh");
    expect(run).not.toMatch(/\bnpm\b/);
    const steps = readFileSync(fromProjectRoot(".ci", "steps.sh"), "utf8");
    expect(steps).toContain("npm ci");
    expect(steps).toContain("npm test");
    expect(steps).toContain("npm run test:containers");
    expect(steps).toContain('npm run schema:check -- --format "$format"');
    for (const script of [".ci/run", ".ci/steps.sh"]) execFileSync("bash", ["-n", fromProjectRoot(script)]);
  });
});
