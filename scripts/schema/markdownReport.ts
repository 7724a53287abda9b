/**
 * The report as Markdown for a pull-request comment or GitHub's step summary: a table per check, the breaking
 * changes with the operations they break, the approvals used, the failures and warnings, and each contract's diff.
 */
import type { Finding } from "./findings.js";
import { seconds, severityCounts, summaryLine } from "./report.js";
import type { ChangeList } from "./reportDetails.js";
import type { SchemaCheckReport } from "./runner.js";
import type { ClassifiedChange } from "./schemaChanges.js";
import { schemaPaths } from "./schemaPaths.js";

/** GitHub caps a step summary at 1 MiB; a long diff is cut well before that. */
const MAX_DIFF_LINES = 300;

export function markdownReport(report: SchemaCheckReport): string {
  const sections = [
    `## ${report.passed ? "✅ Schema check passed" : "❌ Schema check failed"}`,
    `\`${summaryLine(report.summary, report.passed)}\``,
    baseLine(report),
    checkTable(report),
    breakingSection(report.changeLists),
    otherChangesSection(report.changeLists),
    approvalsSection(report.changeLists),
    problemsSection(report),
    ...report.contractDiffs.map(contractDiffSection),
  ];
  return `${sections.filter((section) => section !== "").join("\n\n")}\n`;
}

function baseLine(report: SchemaCheckReport): string {
  const { base } = report;
  return base.available
    ? `**Base:** \`${base.label}\` — ${base.why}.`
    : `**Base:** none — ${base.reason}; breaking changes were not compared.`;
}

function checkTable(report: SchemaCheckReport): string {
  const rows = report.checks.map((check, index) => {
    const { errors, warnings } = severityCounts(check);
    const result = check.skipped ? `⏭️ skipped: ${check.skipped}` : check.passed ? "✅ pass" : "❌ fail";
    return row([String(index + 1), check.title, result, String(errors), String(warnings), seconds(check.durationMs)]);
  });
  return ["| # | Check | Result | Errors | Warnings | Time |", "| -: | --- | --- | -: | -: | -: |", ...rows].join("\n");
}

function breakingSection(lists: readonly ChangeList[]): string {
  const breaking = lists.flatMap((list) =>
    list.changes.filter((c) => c.criticality === "BREAKING").map((change) => ({ list, change })),
  );
  if (breaking.length === 0) return "";
  const rows = breaking.map(({ list, change }) =>
    row([
      `\`${change.id}\``,
      list.schema,
      change.message,
      change.operations.map((usage) => `${usage.name} (\`${usage.location}\`)`).join(", ") || "none registered",
      change.approval
        ? `✅ ${change.approval.date}`
        : `❌ not approved: add \`${change.id}\` to \`${schemaPaths.approvals}\``,
    ]),
  );
  return [
    `### Breaking changes (${breaking.length})`,
    "",
    "| Change | Schema | What | Breaks registered operations | Approval |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function otherChangesSection(lists: readonly ChangeList[]): string {
  const sections: string[] = [];
  for (const [criticality, title] of [
    ["DANGEROUS", "Dangerous changes"],
    ["SAFE", "Safe changes"],
  ] as const) {
    const items = lists.flatMap((list) =>
      list.changes.filter((c) => c.criticality === criticality).map((change) => changeItem(list, change)),
    );
    if (items.length === 0) continue;
    const body = items.join("\n");
    // Safe changes need no attention: folded, so the summary stays about what does.
    sections.push(
      criticality === "SAFE"
        ? `<details><summary>${title} (${items.length})</summary>\n\n${body}\n\n</details>`
        : `### ${title} (${items.length})\n\n${body}`,
    );
  }
  return sections.join("\n\n");
}

function changeItem(list: ChangeList, change: ClassifiedChange): string {
  const where = list.schema === "API" ? "" : ` (${list.schema})`;
  const affects =
    change.operations.length > 0 ? ` — affects ${change.operations.map((usage) => usage.name).join(", ")}` : "";
  return `- \`${change.id}\`${where}: ${inline(change.message)}${affects}`;
}

function approvalsSection(lists: readonly ChangeList[]): string {
  const approved = lists.flatMap((list) => list.changes.filter((change) => change.approval));
  if (approved.length === 0) return "";
  return [
    `### Approvals used (${approved.length})`,
    "",
    "| Change | Approved | Reason |",
    "| --- | --- | --- |",
    ...approved.map((change) => row([`\`${change.id}\``, change.approval?.date ?? "", change.approval?.reason ?? ""])),
  ].join("\n");
}

/** Every error and warning, by check; breaking changes are in their own table above. */
function problemsSection(report: SchemaCheckReport): string {
  const items = report.checks.flatMap((check) =>
    check.findings
      .filter((item) => item.severity !== "info" && !(check.name === "breaking-changes" && item.severity === "error"))
      .map((item) => problemItem(check.title, item)),
  );
  if (items.length === 0) return "";
  return [`### Failures and warnings (${items.length})`, "", ...items].join("\n");
}

function problemItem(checkTitle: string, item: Finding): string {
  const mark = item.severity === "error" ? "❌" : "⚠️";
  const where = item.location ? ` \`${item.location}\`` : "";
  const first = `- ${mark} **${checkTitle.replace(/:.*/, "")}** \`${item.code}\`${where}: ${inline(item.message)}`;
  if (!item.detail) return first;
  return `${first}\n\n  <details><summary>details</summary>\n\n${fenced(item.detail, "text", "  ")}\n\n  </details>\n`;
}

function contractDiffSection(contract: SchemaCheckReport["contractDiffs"][number]): string {
  const heading = `### Contract \`${contract.variant}\`: \`${contract.path}\` vs. base`;
  if (contract.diff === "") return `${heading}\n\nUnchanged.`;
  const lines = contract.diff.split("\n");
  const shown = lines.slice(0, MAX_DIFF_LINES);
  if (lines.length > shown.length) shown.push(`… ${lines.length - shown.length} more lines (--format json has all)`);
  const changed = lines.filter((line) => /^[+-](?![+-])/.test(line)).length;
  return `${heading}\n\n<details><summary>${changed} changed lines</summary>\n\n${fenced(shown.join("\n"), "diff")}\n\n</details>`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => inline(cell).replace(/\|/g, "\\|")).join(" | ")} |`;
}

/** One line of table or list text: newlines would end the cell or the item. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}

/** A code block whose fence no line of the content can close. */
function fenced(text: string, language: string, indent = ""): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return [`${fence}${language}`, ...text.split("\n"), fence].map((line) => `${indent}${line}`).join("\n");
}
