/**
 * `npm run schema:check`: drift, composition, breaking changes, operations, lint, contracts (scripts/schema/checks/).
 * Prints the report; exit 0 pass, 1 fail, 2 could not run.
 */
import "reflect-metadata";
import { parseSchemaRunOptions } from "./cliOptions.js";
import { CheckInputError, type CommandIo, runAsProcess } from "./commandIo.js";
import { jsonReport, textReport } from "./report.js";
import { runSchemaChecks } from "./runner.js";

async function runCheckCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    const options = parseSchemaRunOptions(argv);
    const report = await runSchemaChecks(options);
    io.out(options.json ? jsonReport(report) : textReport(report));
    return report.passed ? 0 : 1;
  } catch (error) {
    const message = error instanceof CheckInputError ? error.message : ((error as Error).stack ?? String(error));
    io.err(`schema check could not run: ${message}`);
    return 2;
  }
}

runAsProcess(runCheckCommand);
