/** A throw-away repository for schema-check tests: fixture subgraph SDLs, composed files, operations and git history. */
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { resetCaches } from "@apollo/client";
import { inject } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { runCheckCommand } from "../../scripts/schema/checkCommand.js";
import { runComposeCommand } from "../../scripts/schema/composeCommand.js";
import { type CommandResult, runInProcess } from "../support/inProcessCommand.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

export type { CommandResult };

export interface JsonFinding {
  severity: "error" | "warning" | "info";
  code: string;
  message: string;
  location?: string;
  coordinate?: string;
  detail?: string;
}

export interface JsonReport {
  passed: boolean;
  summaryLine: string;
  summary: Record<string, number>;
  checks: { name: string; passed: boolean; skipped?: string; findings: JsonFinding[] }[];
}

let committedTemplate: Promise<SchemaWorkspace> | undefined;

/** The committed base schema's changelog entry is dated 2025-01-15. */
export const BASE_DATE_EPOCH = Date.UTC(2025, 0, 15) / 1000;

export class SchemaWorkspace {
  /** Stands in for the subgraphs' code: the checker "builds" subgraphs by reading these SDLs. */
  readonly sdlDir: string;

  private constructor(readonly root: string) {
    this.sdlDir = join(root, "subgraph-sdl");
  }

  /** A workspace already on disk. */
  static existing(root: string): SchemaWorkspace {
    return new SchemaWorkspace(root);
  }

  /** Fixture SDLs and operations in a new git repository (branch main) with nothing composed or committed. */
  static fresh(root = mkdtempSync(join(tmpdir(), "schema-check-"))): SchemaWorkspace {
    const workspace = new SchemaWorkspace(root);
    cpSync(join(FIXTURES, "subgraphs"), workspace.sdlDir, { recursive: true });
    cpSync(join(FIXTURES, "operations"), join(workspace.root, "schema", "operations"), { recursive: true });
    cpSync(join(FIXTURES, "bounded-lists.yaml"), join(workspace.root, "schema", "bounded-lists.yaml"));
    workspace.git("init", "--quiet", "--initial-branch=main");
    return workspace;
  }

  /**
   * The fixtures composed and committed on main: the base every change is compared with. Composed once per test run
   * (the files that use it share it, see tests/support/globalSetup.ts), copied for each workspace.
   */
  static async withCommittedBase(): Promise<SchemaWorkspace> {
    committedTemplate ??= committedBase();
    const template = await committedTemplate;
    const workspace = new SchemaWorkspace(mkdtempSync(join(tmpdir(), "schema-check-")));
    cpSync(template.root, workspace.root, { recursive: true });
    return workspace;
  }

  /** Forgets the committed base; removes it unless the run shares it (the run's teardown removes that one). */
  static async removeTemplate(): Promise<void> {
    const template = await committedTemplate?.catch(() => undefined);
    if (template && !inject("testRunDir")) template.remove();
    committedTemplate = undefined;
  }

  git(...args: string[]): string {
    return execFileSync("git", ["-c", "user.name=Schema Test", "-c", "user.email=schema@test.invalid", ...args], {
      cwd: this.root,
      encoding: "utf8",
    });
  }

  commitAll(message: string): void {
    this.git("add", "--all");
    this.git("commit", "--quiet", "--message", message);
  }

  read(path: string): string {
    return readFileSync(join(this.root, path), "utf8");
  }

  write(path: string, content: string): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), content);
  }

  /** Edits a subgraph's SDL ("the code"), replacing `search` exactly once. */
  editSubgraph(name: string, search: string, replacement: string): void {
    const path = `subgraph-sdl/${name}.graphql`;
    const sdl = this.read(path);
    if (!sdl.includes(search)) throw new Error(`${path} does not contain ${search}`);
    this.write(path, sdl.replace(search, replacement));
  }

  /** `npm run schema:compose`, pointed at this workspace; `env` adds variables (e.g. SOURCE_DATE_EPOCH). */
  compose(env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
    return runSchemaCommand("compose", ["--root", this.root, "--subgraphs", this.sdlDir], env);
  }

  /** `npm run schema:check -- --json`, pointed at this workspace; the report is parsed when it printed one. */
  async check(...flags: string[]): Promise<CommandResult & { report: JsonReport }> {
    return this.checkJsonIn({}, ...flags);
  }

  /** `check` with extra environment variables: what a CI sets (GITHUB_BASE_REF, GITHUB_EVENT_NAME, …). */
  async checkJsonIn(env: NodeJS.ProcessEnv, ...flags: string[]): Promise<CommandResult & { report: JsonReport }> {
    const result = await this.checkIn(env, "--json", ...flags);
    return { ...result, report: (result.stdout.trim() ? JSON.parse(result.stdout) : undefined) as JsonReport };
  }

  /** The human-readable report. */
  checkText(...flags: string[]): Promise<CommandResult> {
    return this.checkIn({}, ...flags);
  }

  checkIn(env: NodeJS.ProcessEnv, ...flags: string[]): Promise<CommandResult> {
    return runSchemaCommand("check", ["--root", this.root, "--subgraphs", this.sdlDir, ...flags], env);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * Composes and commits the fixtures: once per test run when the run has a shared directory, else per file. The real
 * `schema:compose` process does it, so every run also sees the command work as npm runs it.
 */
async function committedBase(): Promise<SchemaWorkspace> {
  const compose = async (template: SchemaWorkspace) => {
    const composed = await runScript("compose", ["--root", template.root, "--subgraphs", template.sdlDir], undefined, {
      SOURCE_DATE_EPOCH: String(BASE_DATE_EPOCH),
    });
    if (composed.code !== 0) throw new Error(`fixture does not compose:\n${composed.stdout}\n${composed.stderr}`);
    template.commitAll("base schema");
    return template;
  };
  const runDir = inject("testRunDir");
  if (!runDir) return compose(SchemaWorkspace.fresh());
  const root = join(runDir, "schema-committed-base");
  await oncePerRun(root, async () => {
    await compose(SchemaWorkspace.fresh(root));
  });
  return SchemaWorkspace.existing(root);
}

/**
 * Makes `dir` once across the run's worker processes: the first caller creates and fills it, the others wait until
 * it is complete (or failed, with the maker's error).
 */
async function oncePerRun(dir: string, make: () => Promise<void>): Promise<void> {
  const done = `${dir}.done`;
  const failed = `${dir}.failed`;
  try {
    mkdirSync(dir);
  } catch {
    const deadline = Date.now() + 300_000;
    while (!existsSync(done)) {
      if (existsSync(failed)) throw new Error(readFileSync(failed, "utf8"));
      if (Date.now() > deadline) throw new Error(`${dir} was not made within 300 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return;
  }
  try {
    await make();
    writeFileSync(done, "");
  } catch (error) {
    writeFileSync(failed, (error as Error).message);
    throw error;
  }
}

/**
 * The environment npm would give the script: without the NODE_ENV=test vitest sets, and without the variables of a
 * CI the tests themselves may run in (a workflow's GITHUB_BASE_REF would pick the base, its step summary get reports).
 */
function scriptEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.SOURCE_DATE_EPOCH;
  for (const name of Object.keys(env)) if (name.startsWith("GITHUB_")) delete env[name];
  return { ...env, ...extra };
}

const COMMANDS = { compose: runComposeCommand, check: runCheckCommand };

/**
 * A schema script's main function (what `npm run schema:<script>` runs), in this test's process with the environment
 * npm would give it. Its modules load once per test file instead of once per run: the tests are about what the
 * commands decide and print; cli.test.ts runs the real processes.
 */
export function runSchemaCommand(
  script: keyof typeof COMMANDS,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CommandResult> {
  // graphql-tag (under the typed-operations generator) remembers fragments process-wide and warns when a later run's
  // fragment of the same name differs; a process runs the command once, so each run here starts from fresh caches.
  resetCaches();
  return runInProcess(COMMANDS[script], args, scriptEnv(env));
}

/**
 * Runs a real schema script in its own process, as npm does: `tsx <script>`, run as `node --import tsx <script>` (the
 * same loader, without the tsx command's extra wrapper process). In-process runs under vitest would mix the ESM and
 * CommonJS copies of graphql-js, which the checker's libraries (Apollo, graphql-inspector) reject.
 */
export function runScript(
  script: "compose" | "check",
  args: readonly string[],
  cwd = fromProjectRoot(),
  env: NodeJS.ProcessEnv = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", fromProjectRoot("scripts", "schema", `${script}.ts`), ...args],
      { cwd, encoding: "utf8", maxBuffer: 32 * 1024 * 1024, env: scriptEnv(env) },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 2) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function findingsOf(report: JsonReport, check: string): JsonFinding[] {
  const run = report.checks.find((c) => c.name === check);
  if (!run) throw new Error(`no check named ${check}`);
  return run.findings;
}
