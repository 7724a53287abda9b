/** The base a change is compared with: a git commit (default `git merge-base HEAD main`) and its committed files. */
import { execFileSync } from "node:child_process";
import { CheckInputError } from "./commandIo.js";

export type BaseRevision = { available: true; commit: string; label: string } | { available: false; reason: string };

const DEFAULT_BASE_BRANCHES = ["main", "origin/main"];

function git(root: string, args: string[]): string {
  return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function tryGit(root: string, args: string[]): string | undefined {
  try {
    return git(root, args);
  } catch {
    return undefined;
  }
}

/** An explicit `--base` that does not resolve is an input error; a missing default base only skips the comparison. */
export function resolveBaseRevision(root: string, ref: string | undefined): BaseRevision {
  if (ref !== undefined) {
    const commit = tryGit(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    if (!commit) throw new CheckInputError(`--base ${ref} is not a commit in the git repository at ${root}`);
    return { available: true, commit, label: `${ref} (${commit.slice(0, 10)})` };
  }
  if (tryGit(root, ["rev-parse", "--verify", "--quiet", "HEAD"]) === undefined) {
    return { available: false, reason: "no git history at the repository root (no HEAD commit)" };
  }
  for (const branch of DEFAULT_BASE_BRANCHES) {
    const commit = tryGit(root, ["merge-base", "HEAD", branch]);
    if (commit) return { available: true, commit, label: `git merge-base HEAD ${branch} (${commit.slice(0, 10)})` };
  }
  return {
    available: false,
    reason: `none of ${DEFAULT_BASE_BRANCHES.join(", ")} shares history with HEAD; pass --base <git-ref>`,
  };
}

/** A file's content at the base commit, or undefined when the commit does not have it (e.g. the first commit). */
export function readAtRevision(root: string, commit: string, path: string): string | undefined {
  if (tryGit(root, ["cat-file", "-e", `${commit}:${path}`]) === undefined) return undefined;
  try {
    return execFileSync("git", ["show", `${commit}:${path}`], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw new CheckInputError(`cannot read ${path} at ${commit}: ${(error as Error).message}`);
  }
}
