/**
 * Every npm script an operator runs answers `-- --help` with its usage on stdout and exit 0, and a flag it does not
 * know with one line on stderr and a non-zero exit, before it starts, builds or reads anything.
 *
 * Each command runs as a real process. Two of them go through `npm run` itself; the others run the very command line
 * their package.json script gives npm (`tsx <entry>` as `node --import tsx <entry>`, the same loader), which spares
 * an npm and a tsx wrapper process per run: about a second of CPU each, two runs per command.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { fromProjectRoot, projectRoot } from "../../platform/projectRoot.js";

const SCRIPTS = (
  JSON.parse(readFileSync(fromProjectRoot("package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;
// Not ours to give flags to: the build, the type checker, the linter and the test runner have their own --help.
const TOOLS = new Set(["build", "build:playground", "typecheck", "lint", "format", "test"]);
const COMMANDS = Object.keys(SCRIPTS).filter((name) => !TOOLS.has(name));
/** Run through `npm run` itself: one script of each shape (`exec node --import tsx …`, `tsx …`). */
const THROUGH_NPM = new Set(["start", "data:coverage"]);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: projectRoot(), timeout: 120_000, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => resolve({ code: error ? ((error.code as number | null) ?? null) : 0, stdout, stderr }),
    );
  });
}

/** The script's TypeScript entry: what npm hands to tsx (or to `node --import tsx`). */
function entryOf(script: string): string {
  const line = SCRIPTS[script] ?? "";
  const match = /^(?:exec node --import tsx|tsx) (\S+\.ts)$/.exec(line.trim());
  if (!match?.[1])
    throw new Error(
      `package.json script "${script}" is neither "tsx <entry>" nor "exec node --import tsx <entry>": ${line}`,
    );
  return match[1];
}

function runCommand(script: string, flag: string): Promise<Run> {
  if (THROUGH_NPM.has(script)) return run("npm", ["run", "--silent", script, "--", flag]);
  return run(process.execPath, ["--import", "tsx", entryOf(script), flag]);
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
    for (const script of THROUGH_NPM) expect(COMMANDS).toContain(script);
  });

  // About 7 s of CPU per run (the command loads its modules through tsx); on a loaded machine, much longer.
  test.concurrent.each(COMMANDS)(
    "%s: --help prints its usage (exit 0), an unknown flag one line on stderr (non-zero exit)",
    async (script) => {
      const help = await runCommand(script, "--help");
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: npm (start|run ${script})\\b`));
      expect(help.stdout).toContain("--help");

      const bad = await runCommand(script, "--no-such-flag");
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
