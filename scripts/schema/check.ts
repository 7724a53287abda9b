/**
 * `npm run schema:check`: drift, composition, breaking changes, operations, lint, contracts (scripts/schema/checks/).
 * Prints the report in the chosen format; exit 0 pass, 1 fail, 2 could not run. Under GitHub Actions the Markdown
 * report also goes to the job's step summary.
 */
import "reflect-metadata";
import { appendFileSync } from "node:fs";
import { type CiEnvironment, ciEnvironment } from "./ciEnvironment.js";
import { parseSchemaRunOptions, type ReportFormat, USAGE } from "./cliOptions.js";
import { CheckInputError, type CommandIo, runAsProcess } from "./commandIo.js";
import { githubReport } from "./githubReport.js";
import { markdownReport } from "./markdownReport.js";
import { jsonReport, textReport } from "./report.js";
import { runSchemaChecks, type SchemaCheckReport } from "./runner.js";

const formatters: Record<ReportFormat, (report: SchemaCheckReport) => string> = {
  text: textReport,
  json: jsonReport,
  github: githubReport,
  markdown: markdownReport,
};

async function runCheckCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    const options = parseSchemaRunOptions(argv, process.env);
    if (!options) {
      io.out(USAGE);
      return 0;
    }
    const report = await runSchemaChecks(options);
    io.out(formatters[options.format](report));
    writeStepSummary(options.ci, markdownReport(report), io);
    return report.passed ? 0 : 1;
  } catch (error) {
    const message = error instanceof CheckInputError ? error.message : ((error as Error).stack ?? String(error));
    io.err(`schema check could not run: ${message}`);
    const summary = `## ⚠️ Schema check could not run\n\n\`\`\`text\n${message}\n\`\`\`\n`;
    writeStepSummary(ciEnvironment(process.env), summary, io);
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

runAsProcess(runCheckCommand);
