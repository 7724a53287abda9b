/**
 * Every npm script an operator runs answers `-- --help` with its usage on stdout and exit 0, and a flag it does not
 * know with one line on stderr and a non-zero exit, before it starts, builds or reads anything.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { fromProjectRoot, projectRoot } from "../../platform/projectRoot.js";

const scripts = Object.keys(
  (JSON.parse(readFileSync(fromProjectRoot("package.json"), "utf8")) as { scripts: Record<string, string> }).scripts,
);
// Not ours to give flags to: the build, the type checker, the linter and the test runner have their own --help.
const TOOLS = new Set(["build", "build:playground", "typecheck", "lint", "format", "test"]);
const COMMANDS = scripts.filter((name) => !TOOLS.has(name));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function npmRun(script: string, flag: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", script, "--", flag],
      { cwd: projectRoot(), timeout: 120_000, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => resolve({ code: error ? ((error.code as number | null) ?? null) : 0, stdout, stderr }),
    );
  });
}

describe("npm run <script> -- --help", () => {
  test("covers every operator command in package.json", () => {
    expect(COMMANDS).toEqual(
      expect.arrayContaining([
        "start",
        "start:gateway",
        "start:diplomacy",
        "start:infrastructure",
        "start:finance",
        "schema:compose",
        "schema:check",
        "data:coverage",
        "usage:report",
        "test:containers",
        "bench",
      ]),
    );
  });

  // About 3 s of CPU per run (tsx loads the command's modules); on a loaded machine, much longer.
  test.concurrent.each(COMMANDS)(
    "%s: --help prints its usage (exit 0), an unknown flag one line on stderr (non-zero exit)",
    async (script) => {
      const help = await npmRun(script, "--help");
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: npm (start|run ${script})\\b`));
      expect(help.stdout).toContain("--help");

      const bad = await npmRun(script, "--no-such-flag");
      expect(bad.code).not.toBe(0);
      expect(bad.code).not.toBeNull();
      expect(bad.stdout).toBe("");
      const lines = bad.stderr.trimEnd().split("\n");
      expect(lines, bad.stderr).toHaveLength(1);
      expect(lines[0]).toContain("'--no-such-flag'");
      expect(lines[0]).toMatch(/--help\)$/);
    },
    240_000,
  );
});
