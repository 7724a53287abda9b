/** The coverage report as text (per paragraph, one line per sentence) and as JSON. */
import { type ArticleCoverage, quotedShare } from "./articleCoverage.js";

const EXCERPT = 90;

function excerpt(text: string): string {
  return text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 1)}…`;
}

export function summaryLine(coverage: ArticleCoverage): string {
  const cited = coverage.sentences.filter((s) => s.citedBy.length > 0).length;
  const listed = coverage.sentences.filter((s) => s.uncitedReason !== null).length;
  const missing = coverage.sentences.length - cited - listed;
  const share = (quotedShare(coverage) * 100).toFixed(1);
  return (
    `${coverage.sentences.length} sentences: ${cited} cited, ${listed} listed as uncited, ${missing} without a fact; ` +
    `${share} % of the article's characters quoted (${coverage.quotedCharacters}/${coverage.totalCharacters})`
  );
}

export function formatCoverage(coverage: ArticleCoverage): string {
  const lines: string[] = [];
  let paragraph = 0;
  for (const sentence of coverage.sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      lines.push(`Paragraph ${paragraph}`);
    }
    const mark = sentence.citedBy.length > 0 ? "cited  " : sentence.uncitedReason ? "listed " : "MISSING";
    lines.push(`  ${mark} ${sentence.paragraph}.${sentence.number} "${excerpt(sentence.text)}"`);
    if (sentence.citedBy.length > 0) lines.push(`          by ${sentence.citedBy.join(", ")}`);
    if (sentence.uncitedReason) lines.push(`          reason: ${sentence.uncitedReason}`);
  }
  for (const problem of coverage.problems) lines.push(`problem: ${problem}`);
  lines.push(summaryLine(coverage));
  return lines.join("\n");
}

export function coverageJson(coverage: ArticleCoverage): string {
  return JSON.stringify({ ...coverage, quotedShare: quotedShare(coverage) }, null, 2);
}
