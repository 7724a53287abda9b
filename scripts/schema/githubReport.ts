/**
 * The report for a GitHub Actions log: each check folded in a group, then one `::error`/`::warning` workflow command
 * per failing or warning finding, so it shows as an annotation on its file and line.
 */
import type { Finding } from "./findings.js";
import { checkHeading, closingLines, findingLines } from "./report.js";
import type { CheckRun, SchemaCheckReport } from "./runner.js";

/** Annotations are short notes on a line: a long detail (a diff) stays in the log and the step summary. */
const MAX_ANNOTATION_DETAIL_LINES = 12;

export function githubReport(report: SchemaCheckReport): string {
  const lines: string[] = [];
  report.checks.forEach((check, index) => {
    lines.push(`::group::${escapeData(checkHeading(check, index))}`, ...findingLines(check), "::endgroup::");
  });
  for (const check of report.checks) {
    for (const item of check.findings) if (item.severity !== "info") lines.push(annotation(check, item));
  }
  return [...lines, ...closingLines(report)].join("\n");
}

export function annotation(check: CheckRun, item: Finding): string {
  const command = item.severity === "error" ? "error" : "warning";
  const properties = [...locationProperties(item.location), `title=${escapeProperty(`${check.name}: ${item.code}`)}`];
  const detail = item.detail?.split("\n") ?? [];
  const shown = detail.slice(0, MAX_ANNOTATION_DETAIL_LINES);
  if (detail.length > shown.length) shown.push(`… ${detail.length - shown.length} more lines in the log`);
  return `::${command} ${properties.join(",")}::${escapeData([item.message, ...shown].join("\n"))}`;
}

/** `file:line:column`, `file:line` or `file` as the workflow command's properties. */
function locationProperties(location: string | undefined): string[] {
  if (!location) return [];
  const match = /^(.*?)(?::(\d+))?(?::(\d+))?$/.exec(location);
  const [, file = location, line, column] = match ?? [];
  return [`file=${escapeProperty(file)}`, ...(line ? [`line=${line}`] : []), ...(column ? [`col=${column}`] : [])];
}

/** Escaping as GitHub's own toolkit (@actions/core) does it: data may not break lines; properties not split either. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
