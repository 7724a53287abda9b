/** What the CI tells the schema check through its environment: the pull request's target, the push's previous tip. */
import { existsSync, readFileSync } from "node:fs";

export interface CiEnvironment {
  /** The pull request's target branch (GitHub's GITHUB_BASE_REF), set only on pull_request events. */
  pullRequestBase?: string;
  /** On a push, the branch tip before it (the event payload's `before`); absent for a new branch. */
  pushedFrom?: string;
  /** Where GitHub Actions collects the job's Markdown summary, when the check runs in a workflow step. */
  stepSummaryPath?: string;
  /** GITHUB_ACTIONS is set: the summary is written to stepSummaryPath by itself. */
  githubActions: boolean;
}

const NO_COMMIT = /^0+$/;

export function ciEnvironment(env: NodeJS.ProcessEnv): CiEnvironment {
  return {
    pullRequestBase: env.GITHUB_BASE_REF || undefined,
    pushedFrom: env.GITHUB_EVENT_NAME === "push" ? pushBefore(env.GITHUB_EVENT_PATH) : undefined,
    stepSummaryPath: env.GITHUB_STEP_SUMMARY || undefined,
    githubActions: Boolean(env.GITHUB_ACTIONS),
  };
}

/** The payload's `before`; a missing or unreadable payload means no such hint, not an error. */
function pushBefore(eventPath: string | undefined): string | undefined {
  if (!eventPath || !existsSync(eventPath)) return undefined;
  try {
    const before = (JSON.parse(readFileSync(eventPath, "utf8")) as { before?: unknown }).before;
    return typeof before === "string" && !NO_COMMIT.test(before) ? before : undefined;
  } catch {
    return undefined;
  }
}
