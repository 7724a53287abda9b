/**
 * A throw-away git repository holding this project's real subgraph SDLs and registered operations, composed and
 * committed on main: a base to make schema changes against, checked by `schema:check`'s own main function.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromProjectRoot } from "../../../platform/projectRoot.js";
import { SUBGRAPH_NAMES } from "../../../platform/serviceCatalog.js";
import { type CommandResult, type JsonReport, runSchemaCommand } from "../../schema/schemaWorkspace.js";

export class RealSchemaWorkspace {
  readonly sdlDir: string;

  private constructor(readonly root: string) {
    this.sdlDir = join(root, "subgraph-sdl");
  }

  static async committed(): Promise<RealSchemaWorkspace> {
    const workspace = new RealSchemaWorkspace(mkdtempSync(join(tmpdir(), "usage-check-")));
    for (const name of SUBGRAPH_NAMES) {
      cpSync(fromProjectRoot("schema", `${name}.graphql`), join(workspace.sdlDir, `${name}.graphql`));
    }
    cpSync(fromProjectRoot("schema", "operations"), join(workspace.root, "schema", "operations"), { recursive: true });
    // The lint reads the bounded-list allowlist from the checked root, as it does in the project.
    cpSync(fromProjectRoot("schema", "bounded-lists.yaml"), join(workspace.root, "schema", "bounded-lists.yaml"));
    workspace.git("init", "--quiet", "--initial-branch=main");
    await workspace.compose();
    workspace.git("add", "--all");
    workspace.git("commit", "--quiet", "--message", "base schema");
    return workspace;
  }

  private git(...args: string[]): string {
    return execFileSync("git", ["-c", "user.name=Usage Test", "-c", "user.email=usage@test.invalid", ...args], {
      cwd: this.root,
      encoding: "utf8",
    });
  }

  /** Back to the committed base. */
  reset(): void {
    this.git("checkout", "--quiet", "--", ".");
    this.git("clean", "--quiet", "-fd");
  }

  /** Edits a subgraph's SDL, replacing `search` exactly once, and recomposes. */
  async editSubgraph(name: string, search: string, replacement: string): Promise<void> {
    const path = join(this.sdlDir, `${name}.graphql`);
    const sdl = readFileSync(path, "utf8");
    if (sdl.split(search).length !== 2) throw new Error(`${name}.graphql does not contain ${search} exactly once`);
    writeFileSync(path, sdl.replace(search, replacement));
    await this.compose();
  }

  private async compose(): Promise<void> {
    const result = await runSchemaCommand("compose", ["--root", this.root, "--subgraphs", this.sdlDir]);
    if (result.code !== 0) throw new Error(`schema:compose failed:\n${result.stdout}\n${result.stderr}`);
  }

  async check(...flags: string[]): Promise<CommandResult & { report: JsonReport }> {
    const result = await runSchemaCommand("check", [
      "--root",
      this.root,
      "--subgraphs",
      this.sdlDir,
      "--json",
      ...flags,
    ]);
    return { ...result, report: (result.stdout.trim() ? JSON.parse(result.stdout) : undefined) as JsonReport };
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
