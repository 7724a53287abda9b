/** The project's copy of the source article: its paragraphs and the verbatim-quote check. */
import { readFileSync } from "node:fs";
import { fromProjectRoot } from "../../platform/projectRoot.js";

export const ARTICLE_ID = "china-latin-america-cooperation";
export const ARTICLE_PATH = fromProjectRoot("sources", `${ARTICLE_ID}.txt`);

export interface ArticleText {
  readonly paragraphs: readonly string[];
}

let cached: ArticleText | undefined;

/** One paragraph per line; paragraph numbers are 1-based, as evidence cites them. */
export function articleText(): ArticleText {
  if (!cached) {
    const paragraphs = readFileSync(ARTICLE_PATH, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    cached = { paragraphs };
  }
  return cached;
}

export function paragraphText(paragraph: number): string | undefined {
  return articleText().paragraphs[paragraph - 1];
}

export function isVerbatimQuote(paragraph: number, quote: string): boolean {
  const text = paragraphText(paragraph);
  return text !== undefined && quote.trim().length > 0 && text.includes(quote);
}
