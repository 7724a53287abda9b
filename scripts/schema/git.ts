/** The few git questions the schema commands ask: resolve a ref, find a merge-base, read a file at a commit. */
import { execFileSync } from "node:child_process";
import { CheckInputError } from "./commandIo.js";

export function git(root: string, args: string[]): string {
  return execFileSync("git", args, {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
}

/** The command's output, or undefined when git fails (unknown ref, no repository, no common history). */
export function tryGit(root: string, args: string[]): string | undefined {
  try {
    return git(root, args);
  } catch {
    return undefined;
  }
}

/** The full commit id a ref names, or undefined. */
export function commitOf(root: string, ref: string): string | undefined {
  return tryGit(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]) || undefined;
}

/** A file's content at a commit, or undefined when the commit does not have it (e.g. the first commit). */
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

export function shortCommit(commit: string): string {
  return commit.slice(0, 10);
}
