/** The `schema:check` command: parse flags, run every check, print the report, return 0 pass / 1 fail / 2 could not run. */
import { CheckInputError } from "./checkInputError.js";
import { parseSchemaRunOptions } from "./cliOptions.js";
import type { CommandIo } from "./commandIo.js";
import { jsonReport, textReport } from "./report.js";
import { runSchemaChecks } from "./runner.js";

export async function runCheckCommand(argv: readonly string[], io: CommandIo): Promise<number> {
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
