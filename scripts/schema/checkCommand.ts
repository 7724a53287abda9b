/**
 * The `schema:check` command: drift, composition, breaking changes, operations, lint, contracts (scripts/schema/checks/).
 * Prints the report in the chosen format; exit 0 pass, 1 fail, 2 could not run. Under GitHub Actions the Markdown
 * report also goes to the job's step summary.
 */
import { appendFileSync } from "node:fs";
import { type CiEnvironment, ciEnvironment } from "./ciEnvironment.js";
import { parseSchemaRunOptions, type ReportFormat, USAGE } from "./cliOptions.js";
import { CheckInputError, type CommandIo } from "./commandIo.js";
import { githubReport } from "./githubReport.js";
import { markdownReport } from "./markdownReport.js";
import { jsonReport, textReport } from "./report.js";
import type { SchemaCheckReport } from "./runner.js";

const formatters: Record<ReportFormat, (report: SchemaCheckReport) => string> = {
  text: textReport,
  json: jsonReport,
  github: githubReport,
  markdown: markdownReport,
};

export async function runCheckCommand(argv: readonly string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  try {
    const options = parseSchemaRunOptions(argv, env);
    if (!options) {
      io.out(USAGE);
      return 0;
    }
    // Loaded once the flags are read: --help and a bad flag answer without loading composition, lint and diffing.
    const { runSchemaChecks } = await import("./runner.js");
    const report = await runSchemaChecks(options);
    io.out(formatters[options.format](report));
    writeStepSummary(options.ci, markdownReport(report), io);
    return report.passed ? 0 : 1;
  } catch (error) {
    const message = error instanceof CheckInputError ? error.message : ((error as Error).stack ?? String(error));
    io.err(`schema check could not run: ${message}`);
    const summary = `## ⚠️ Schema check could not run\n\n\`\`\`text\n${message}\n\`\`\`\n`;
    writeStepSummary(ciEnvironment(env), summary, io);
    return 2;
  }
}

/** Appends to the job's step summary; a summary that cannot be written is reported, never a failed check. */
function writeStepSummary(ci: CiEnvironment, markdown: string, io: CommandIo): void {
  if (!ci.githubActions) return;
  if (!ci.stepSummaryPath) {
    io.err("GITHUB_ACTIONS is set but GITHUB_STEP_SUMMARY is not: no step summary written");
    return;
  }
  try {
    appendFileSync(ci.stepSummaryPath, markdown);
  } catch (error) {
    io.err(`could not append the step summary to ${ci.stepSummaryPath}: ${(error as Error).message}`);
  }
}
