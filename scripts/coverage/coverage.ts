/**
 * `npm run data:coverage`: which sentences of the article the curated facts cite. Exit 0 when every sentence is
 * cited or listed in sources/uncited-sentences.yaml, 1 otherwise, 2 when the report could not run.
 */
import "reflect-metadata";
import { parseFlags, usageErrorLine } from "../../platform/commandLine.js";
import { articleCoverage } from "./articleCoverage.js";
import { coverageJson, formatCoverage } from "./coverageReport.js";
import { curatedEvidence } from "./curatedEvidence.js";
import { readUncitedSentences } from "./uncitedSentences.js";

const USAGE = `Usage: npm run data:coverage -- [--json]
  Prints, per paragraph of the article, which sentences are the evidence of at least one fact (and which facts),
  which are listed as uncited in sources/uncited-sentences.yaml (with the reason), and the share of the article's
  characters the evidence quotes. Exits 1 when a sentence has no fact and is not listed.
  --json       print the report as JSON
  -h, --help   print this help`;

function main(argv: string[]): number {
  let json = false;
  try {
    const values = parseFlags(argv, { json: { type: "boolean" } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    json = values.json ?? false;
  } catch (error) {
    console.error(usageErrorLine("data:coverage", error as Error));
    return 2;
  }
  let coverage: ReturnType<typeof articleCoverage>;
  try {
    coverage = articleCoverage(curatedEvidence(), readUncitedSentences());
  } catch (error) {
    console.error(`data:coverage: ${(error as Error).message}`);
    return 2;
  }
  console.log(json ? coverageJson(coverage) : formatCoverage(coverage));
  return coverage.problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
