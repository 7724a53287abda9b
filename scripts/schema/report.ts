/** Prints a check report: readable text grouped by check with a one-line summary, or JSON for machines. */
import type { Finding, SummaryCounts } from "./findings.js";
import type { CheckRun, SchemaCheckReport } from "./runner.js";

const MARK: Record<Finding["severity"], string> = { error: "✖", warning: "⚠", info: "·" };
/** Long details (diffs) are cut in text output; `--json` carries them whole. */
const MAX_DETAIL_LINES = 60;

export function summaryLine(summary: SummaryCounts, passed: boolean): string {
  const breaking =
    summary.breakingApproved > 0
      ? `${summary.breaking} breaking (${summary.breakingApproved} approved)`
      : `${summary.breaking} breaking`;
  const operations =
    summary.operationsValid === summary.operationsTotal
      ? `${summary.operationsTotal} operations valid`
      : `${summary.operationsValid} of ${summary.operationsTotal} operations valid`;
  return `schema check: ${breaking}, ${summary.dangerous} dangerous, ${summary.safe} safe, ${summary.lintErrors} lint errors, ${operations} — ${passed ? "PASS" : "FAIL"}`;
}

export function textReport(report: SchemaCheckReport): string {
  const lines = report.checks.flatMap((check, index) => [checkHeading(check, index), ...findingLines(check), ""]);
  return [...lines, ...closingLines(report)].join("\n");
}

export function checkHeading(check: CheckRun, index: number): string {
  const status = check.skipped ? `skipped: ${check.skipped}` : check.passed ? "pass" : "FAIL";
  const { errors, warnings } = severityCounts(check);
  return `${index + 1}. ${check.title} — ${status} (${errors} errors, ${warnings} warnings, ${seconds(check.durationMs)})`;
}

export function severityCounts(check: CheckRun): { errors: number; warnings: number } {
  return {
    errors: check.findings.filter((f) => f.severity === "error").length,
    warnings: check.findings.filter((f) => f.severity === "warning").length,
  };
}

export function findingLines(check: CheckRun): string[] {
  return check.findings.flatMap((item) => {
    const where = item.location ? `${item.location} ` : "";
    const line = `   ${MARK[item.severity]} ${where}[${item.code}] ${item.message}`;
    return item.detail ? [line, ...indentDetail(item.detail)] : [line];
  });
}

/** Failing checks, generation time and the summary line: how every human-readable report ends. */
export function closingLines(report: SchemaCheckReport): string[] {
  const lines: string[] = [];
  const failing = report.checks.filter((check) => !check.passed).map((check) => check.name);
  if (failing.length > 0) lines.push(`failing checks: ${failing.join(", ")}`);
  lines.push(`generated subgraph SDLs, supergraph and contracts in ${seconds(report.generationMs)}`);
  lines.push(summaryLine(report.summary, report.passed));
  return lines;
}

export function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

function indentDetail(detail: string): string[] {
  const detailLines = detail.split("\n");
  const shown = detailLines.slice(0, MAX_DETAIL_LINES).map((line) => `       ${line}`);
  if (detailLines.length > MAX_DETAIL_LINES)
    shown.push(`       … ${detailLines.length - MAX_DETAIL_LINES} more lines (--json has all)`);
  return shown;
}

export function jsonReport(report: SchemaCheckReport): string {
  return JSON.stringify(
    {
      passed: report.passed,
      summary: report.summary,
      summaryLine: summaryLine(report.summary, report.passed),
      base: report.base,
      checks: report.checks,
      contractDiffs: report.contractDiffs,
    },
    null,
    2,
  );
}
