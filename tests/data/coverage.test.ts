/** `npm run data:coverage`: sentences of the article, which facts cite them, and the uncited list it accepts. */
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { articleCoverage } from "../../scripts/coverage/articleCoverage.js";
import { articleSentences, splitSentences } from "../../scripts/coverage/articleSentences.js";
import { curatedEvidence } from "../../scripts/coverage/curatedEvidence.js";
import { readUncitedSentences } from "../../scripts/coverage/uncitedSentences.js";

const TSX = fromProjectRoot("node_modules", ".bin", "tsx");

function runCoverage(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [fromProjectRoot("scripts", "coverage", "coverage.ts"), ...args],
      { encoding: "utf8" },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** One record quoting the whole of every sentence but those given. */
function citingAllBut(...skipped: string[]) {
  return articleSentences()
    .filter((sentence) => !skipped.includes(sentence.text))
    .map((sentence) => ({
      label: `test.yaml#s${sentence.paragraph}-${sentence.number}`,
      evidence: [{ paragraph: sentence.paragraph, quote: sentence.text }],
    }));
}

describe("article sentences", () => {
  it("splits the seven paragraphs into 26 sentences, never inside a web address or a quoted title", () => {
    const sentences = articleSentences();
    const perParagraph = [1, 2, 3, 4, 5, 6, 7].map((p) => sentences.filter((s) => s.paragraph === p).length);
    expect(perParagraph).toEqual([3, 3, 5, 2, 5, 5, 3]);
    expect(sentences[0]?.text).toMatch(/^Southeast Asia Information Port \(www\.dnyxxg\.com\) – Recently,/);
    expect(sentences.find((s) => s.paragraph === 5 && s.number === 3)?.text).toContain('(2025-2027)," at which China');
  });

  it("keeps each sentence's range in its paragraph", () => {
    const text = 'One "Two." Three? Four.';
    expect(splitSentences(9, text).map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
      ['One "Two."', 'One "Two."'],
      ["Three?", "Three?"],
      ["Four.", "Four."],
    ]);
  });
});

describe("article coverage", () => {
  const [first, second] = articleSentences();

  it("fails a sentence no fact cites and no entry lists", () => {
    const coverage = articleCoverage(citingAllBut(second?.text ?? ""), []);
    expect(coverage.problems).toEqual([
      `paragraph 1, sentence 2 has no fact and is not listed as uncited: "${second?.text}"`,
    ]);
    expect(coverage.sentences[1]).toMatchObject({ citedBy: [], uncitedReason: null });
  });

  it("accepts it when listed with a reason, and reports the reason", () => {
    const reason = "Restates the theme the engagements already carry.";
    const coverage = articleCoverage(citingAllBut(second?.text ?? ""), [
      { paragraph: 1, sentence: second?.text ?? "", reason },
    ]);
    expect(coverage.problems).toEqual([]);
    expect(coverage.sentences[1]?.uncitedReason).toBe(reason);
  });

  it("reports stale entries: a listed sentence a fact cites, or one the article does not have", () => {
    const coverage = articleCoverage(citingAllBut(), [
      { paragraph: 1, sentence: first?.text ?? "", reason: "Listed although a record cites it." },
      { paragraph: 2, sentence: "No such sentence.", reason: "Listed by mistake, with a reason." },
    ]);
    expect(coverage.problems).toEqual([
      "paragraph 1, sentence 1 is listed as uncited but test.yaml#s1-1 cites it",
      'listed as uncited, but paragraph 2 has no such sentence: "No such sentence."',
    ]);
  });

  it("counts each quoted character once, however many facts quote it", () => {
    const doubled = [...citingAllBut(), ...citingAllBut()];
    const coverage = articleCoverage(doubled, []);
    const sentenceCharacters = articleSentences().reduce((sum, s) => sum + s.text.length, 0);
    expect(coverage.quotedCharacters).toBe(sentenceCharacters);
    expect(coverage.totalCharacters).toBeGreaterThan(sentenceCharacters);
  });
});

describe("the project's data", () => {
  it("cites every sentence of the article or lists it with a reason", () => {
    const coverage = articleCoverage(curatedEvidence(), readUncitedSentences());
    expect(coverage.problems).toEqual([]);
  });
});

describe("npm run data:coverage", () => {
  it("prints the report per paragraph and the summary line, exit 0", async () => {
    const { code, stdout } = await runCoverage([]);
    expect(code).toBe(0);
    expect(stdout).toContain("Paragraph 7");
    expect(stdout.trim().split("\n").at(-1)).toMatch(
      /^26 sentences: \d+ cited, \d+ listed as uncited, 0 without a fact; /,
    );
  });

  it("answers --help with the usage and a bad flag with one line, exit 2", async () => {
    const help = await runCoverage(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run data:coverage/);
    const bad = await runCoverage(["--sentences"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toEqual([
      "data:coverage: Unknown option '--sentences' (see npm run data:coverage -- --help)",
    ]);
  });
});
