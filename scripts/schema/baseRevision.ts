/**
 * Which commit the breaking-change check compares with, and why: `--base`, else the pull request's target branch,
 * else what the branch changes since it left main, else (on main itself) what the push or the last commit changed.
 */

import type { CiEnvironment } from "./ciEnvironment.js";
import { CheckInputError } from "./commandIo.js";
import { commitOf, shortCommit, tryGit } from "./git.js";

export type BaseRevision =
  | { available: true; commit: string; label: string; why: string }
  | { available: false; reason: string };

const MAIN_BRANCHES = ["main", "origin/main"];

export interface BaseQuestion {
  root: string;
  /** `--base`: wins over everything else. */
  ref?: string;
  ci: Pick<CiEnvironment, "pullRequestBase" | "pushedFrom">;
  /** Whether the schema being checked differs from the one committed at HEAD (decides the base on main). */
  schemaChangedSinceHead: () => boolean;
}

/** An explicit `--base` or pull-request base that does not resolve is an input error; otherwise a missing base skips. */
export function resolveBaseRevision({ root, ref, ci, schemaChangedSinceHead }: BaseQuestion): BaseRevision {
  if (ref !== undefined) {
    const commit = commitOf(root, ref);
    if (!commit) throw new CheckInputError(`--base ${ref} is not a commit in the git repository at ${root}`);
    return { available: true, commit, label: labelled(ref, commit), why: "chosen with --base" };
  }
  if (ci.pullRequestBase) return pullRequestBase(root, ci.pullRequestBase);
  const head = commitOf(root, "HEAD");
  if (!head) return { available: false, reason: "no git history at the repository root (no HEAD commit)" };
  const main = mainMergeBase(root);
  if (!main) {
    return {
      available: false,
      reason: `none of ${MAIN_BRANCHES.join(", ")} shares history with HEAD; pass --base <git-ref>`,
    };
  }
  if (main.commit !== head) {
    return {
      available: true,
      commit: main.commit,
      label: labelled(`git merge-base HEAD ${main.branch}`, main.commit),
      why: `the branch's fork point from ${main.branch}: everything the branch changes`,
    };
  }
  return baseOnMain(root, head, main.branch, ci.pushedFrom, schemaChangedSinceHead);
}

/** The commit the recorded history (the schema changelog) continues from: the fork point from main, or HEAD on main. */
export function recordedBase(root: string): string | undefined {
  return mainMergeBase(root)?.commit;
}

function mainMergeBase(root: string): { branch: string; commit: string } | undefined {
  if (!commitOf(root, "HEAD")) return undefined;
  for (const branch of MAIN_BRANCHES) {
    const commit = tryGit(root, ["merge-base", "HEAD", branch]);
    if (commit) return { branch, commit };
  }
  return undefined;
}

function pullRequestBase(root: string, target: string): BaseRevision {
  for (const ref of [`origin/${target}`, target]) {
    const commit = tryGit(root, ["merge-base", "HEAD", ref]);
    if (commit) {
      return {
        available: true,
        commit,
        label: labelled(`git merge-base HEAD ${ref}`, commit),
        why: `pull request into ${target} (GITHUB_BASE_REF): what merging it would change`,
      };
    }
  }
  throw new CheckInputError(
    `the pull request's target branch ${target} (GITHUB_BASE_REF) shares no history with HEAD in this clone: ` +
      "check out with full history (actions/checkout with fetch-depth: 0) or pass --base <git-ref>",
  );
}

/** HEAD is in main's history, so the fork point is HEAD itself and would compare with nothing new. */
function baseOnMain(
  root: string,
  head: string,
  branch: string,
  pushedFrom: string | undefined,
  schemaChangedSinceHead: () => boolean,
): BaseRevision {
  const before = pushedFrom ? commitOf(root, pushedFrom) : undefined;
  if (before && before !== head && tryGit(root, ["merge-base", "--is-ancestor", before, head]) !== undefined) {
    return {
      available: true,
      commit: before,
      label: labelled("the tip before the push", before),
      why: `push to ${branch}: every commit the push added (the event's \`before\`)`,
    };
  }
  if (schemaChangedSinceHead()) {
    return {
      available: true,
      commit: head,
      label: labelled("HEAD", head),
      why: `HEAD is on ${branch} and the schema has uncommitted changes: those changes`,
    };
  }
  const parent = commitOf(root, "HEAD^1");
  if (!parent) {
    return {
      available: false,
      reason: `HEAD is on ${branch} and has no parent commit here (first commit or shallow clone); pass --base <git-ref>`,
    };
  }
  return {
    available: true,
    commit: parent,
    label: labelled("HEAD~1", parent),
    why: `HEAD is on ${branch} with no uncommitted schema change: what the last commit changed`,
  };
}

function labelled(name: string, commit: string): string {
  return `${name} (${shortCommit(commit)})`;
}
