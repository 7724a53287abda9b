/** Runs the schema checks in order over one shared context and gathers their outcomes. */
import { generateArtifacts } from "./artifacts.js";
import type { SchemaCheck } from "./checkContext.js";
import { CheckContext } from "./checkContext.js";
import { breakingChangesCheck } from "./checks/breakingChangesCheck.js";
import { compositionCheck } from "./checks/compositionCheck.js";
import { contractsCheck } from "./checks/contractsCheck.js";
import { driftCheck } from "./checks/driftCheck.js";
import { lintCheck } from "./checks/lintCheck.js";
import { operationsCheck } from "./checks/operationsCheck.js";
import type { SchemaRunOptions } from "./cliOptions.js";
import type { CheckOutcome, SummaryCounts } from "./findings.js";
import { type ReportDetails, reportDetails } from "./reportDetails.js";
import { sourcesFromCode, sourcesFromDirectory } from "./subgraphSources.js";

export const schemaChecks: readonly SchemaCheck[] = [
  driftCheck,
  compositionCheck,
  breakingChangesCheck,
  operationsCheck,
  lintCheck,
  contractsCheck,
];

export interface CheckRun extends CheckOutcome {
  name: string;
  title: string;
  passed: boolean;
  durationMs: number;
}

export interface SchemaCheckReport extends ReportDetails {
  checks: CheckRun[];
  summary: SummaryCounts;
  passed: boolean;
  /** Building the subgraph SDLs and composing the supergraph and contracts, before the checks. */
  generationMs: number;
}

export async function runSchemaChecks(options: SchemaRunOptions): Promise<SchemaCheckReport> {
  const started = performance.now();
  const sources = options.subgraphsDir ? sourcesFromDirectory(options.subgraphsDir) : await sourcesFromCode();
  const context = new CheckContext(options, sources, await generateArtifacts(sources, options.root, options.today));
  // A --base or pull-request base that does not resolve is an input error: fail before the slower checks run.
  context.baseRevision();
  const generationMs = Math.round(performance.now() - started);
  const checks: CheckRun[] = [];
  for (const check of schemaChecks) {
    const checkStarted = performance.now();
    const outcome = await check.run(context);
    const passed = !outcome.findings.some((f) => f.severity === "error");
    const durationMs = Math.round(performance.now() - checkStarted);
    checks.push({ name: check.name, title: check.title, passed, durationMs, ...outcome });
  }
  const summary: SummaryCounts = {
    breaking: 0,
    breakingApproved: 0,
    dangerous: 0,
    safe: 0,
    lintErrors: 0,
    operationsValid: 0,
    operationsTotal: 0,
  };
  for (const check of checks) {
    for (const [key, value] of Object.entries(check.counts ?? {}) as [keyof SummaryCounts, number][])
      summary[key] += value;
  }
  return {
    checks,
    summary,
    passed: checks.every((check) => check.passed),
    generationMs,
    ...(await reportDetails(context)),
  };
}
