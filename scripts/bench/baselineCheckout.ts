/**
 * `--baseline REF`: another commit of this repository checked out beside the working tree (a detached git
 * worktree sharing this checkout's node_modules), so its gateway runs as target `ours-baseline` next to the current
 * one, in the same rounds, in front of the same subgraphs. A code change is then measured before and after in one
 * run, the only comparison this machine's noise allows.
 */
import { execFileSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../../platform/commandLine.js";
import { projectRoot } from "../../platform/projectRoot.js";

export interface BaselineCheckout {
  /** The checkout's folder. */
  dir: string;
  /** The commit it holds (short hash). */
  commit: string;
  remove(): void;
}

function git(args: string[]): string {
  return execFileSync("git", args, { cwd: projectRoot(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** The commit REF names, or a UsageError. */
export function resolveBaseline(ref: string): string {
  try {
    return git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`--baseline: "${ref}" names no commit of this repository`);
  }
}

export function checkoutBaseline(ref: string, workDir: string): BaselineCheckout {
  const commit = resolveBaseline(ref);
  const dir = join(workDir, "baseline");
  git(["worktree", "add", "--detach", dir, commit]);
  // Same dependencies as the current checkout: a baseline whose package.json differs is measured with today's.
  symlinkSync(join(projectRoot(), "node_modules"), join(dir, "node_modules"), "dir");
  return {
    dir,
    commit: commit.slice(0, 10),
    remove: () => git(["worktree", "remove", "--force", dir]),
  };
}
