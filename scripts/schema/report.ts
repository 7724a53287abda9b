/** Prints a check report: readable text grouped by check with a one-line summary, or JSON for machines. */
import type { Finding, SummaryCounts } from "./findings.js";
import type { SchemaCheckReport } from "./runner.js";

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
  const lines: string[] = [];
  report.checks.forEach((check, index) => {
    const errors = check.findings.filter((f) => f.severity === "error").length;
    const warnings = check.findings.filter((f) => f.severity === "warning").length;
    const status = check.skipped ? `skipped: ${check.skipped}` : check.passed ? "pass" : "FAIL";
    lines.push(
      `${index + 1}. ${check.title} — ${status} (${errors} errors, ${warnings} warnings, ${seconds(check.durationMs)})`,
    );
    for (const item of check.findings) {
      const where = item.location ? `${item.location} ` : "";
      lines.push(`   ${MARK[item.severity]} ${where}[${item.code}] ${item.message}`);
      if (item.detail) lines.push(...indentDetail(item.detail));
    }
    lines.push("");
  });
  const failing = report.checks.filter((check) => !check.passed).map((check) => check.name);
  if (failing.length > 0) lines.push(`failing checks: ${failing.join(", ")}`);
  lines.push(`generated subgraph SDLs, supergraph and contracts in ${seconds(report.generationMs)}`);
  lines.push(summaryLine(report.summary, report.passed));
  return lines.join("\n");
}

function seconds(milliseconds: number): string {
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
      checks: report.checks,
    },
    null,
    2,
  );
}
