/**
 * Which sentences of the article are the evidence of at least one curated fact, which are listed as deliberately
 * uncited, and how much of the article's text the evidence quotes.
 */
import { articleText } from "../../subgraphs/kit/article.js";
import { articleSentences, type Sentence } from "./articleSentences.js";
import type { CitingRecord } from "./curatedEvidence.js";
import type { UncitedSentence } from "./uncitedSentences.js";

export interface SentenceCoverage extends Sentence {
  /** Labels of the records whose evidence quotes part of the sentence, in data order, each once. */
  citedBy: string[];
  /** The listed reason, when the sentence is deliberately left without a fact. */
  uncitedReason: string | null;
}

export interface ArticleCoverage {
  sentences: SentenceCoverage[];
  quotedCharacters: number;
  totalCharacters: number;
  /** Sentences without a fact and not listed, and list entries that are wrong or stale: each fails the report. */
  problems: string[];
}

interface QuotedRange {
  label: string;
  paragraph: number;
  start: number;
  end: number;
}

// Evidence is validated verbatim on load; a quote that occurs twice is taken at its first occurrence.
function quotedRanges(records: readonly CitingRecord[], paragraphs: readonly string[]): QuotedRange[] {
  return records.flatMap(({ label, evidence }) =>
    evidence.flatMap(({ paragraph, quote }) => {
      const start = paragraphs[paragraph - 1]?.indexOf(quote) ?? -1;
      return start < 0 ? [] : [{ label, paragraph, start, end: start + quote.length }];
    }),
  );
}

function coveredLength(ranges: readonly QuotedRange[], paragraphs: readonly string[]): number {
  return paragraphs.reduce((total, text, index) => {
    const covered = new Uint8Array(text.length);
    for (const range of ranges) if (range.paragraph === index + 1) covered.fill(1, range.start, range.end);
    return total + covered.reduce((sum, bit) => sum + bit, 0);
  }, 0);
}

export function articleCoverage(
  records: readonly CitingRecord[],
  uncited: readonly UncitedSentence[],
): ArticleCoverage {
  const { paragraphs } = articleText();
  const ranges = quotedRanges(records, paragraphs);
  const problems: string[] = [];
  const listed = new Map(uncited.map((entry) => [`${entry.paragraph}\n${entry.sentence}`, entry]));

  const sentences = articleSentences().map((sentence): SentenceCoverage => {
    const citedBy = [
      ...new Set(
        ranges
          .filter((r) => r.paragraph === sentence.paragraph && r.start < sentence.end && r.end > sentence.start)
          .map((r) => r.label),
      ),
    ];
    const key = `${sentence.paragraph}\n${sentence.text}`;
    const entry = listed.get(key);
    listed.delete(key);
    const where = `paragraph ${sentence.paragraph}, sentence ${sentence.number}`;
    if (citedBy.length === 0 && !entry)
      problems.push(`${where} has no fact and is not listed as uncited: "${sentence.text}"`);
    if (citedBy.length > 0 && entry) problems.push(`${where} is listed as uncited but ${citedBy[0]} cites it`);
    return { ...sentence, citedBy, uncitedReason: entry?.reason ?? null };
  });
  for (const entry of listed.values()) {
    problems.push(`listed as uncited, but paragraph ${entry.paragraph} has no such sentence: "${entry.sentence}"`);
  }
  return {
    sentences,
    quotedCharacters: coveredLength(ranges, paragraphs),
    totalCharacters: paragraphs.reduce((sum, text) => sum + text.length, 0),
    problems,
  };
}

export function quotedShare(coverage: Pick<ArticleCoverage, "quotedCharacters" | "totalCharacters">): number {
  return coverage.totalCharacters === 0 ? 0 : coverage.quotedCharacters / coverage.totalCharacters;
}
