/** The article's sentences, numbered per paragraph, with their character ranges inside the paragraph. */
import { articleText } from "../../subgraphs/kit/article.js";

export interface Sentence {
  paragraph: number;
  /** 1-based position of the sentence in its paragraph. */
  number: number;
  text: string;
  start: number;
  end: number;
}

// A sentence ends at ".", "!" or "?" (and a closing quote) followed by a space and a capital or an opening quote;
// "www.dnyxxg.com)" and "(2025-2027)," end nothing.
const SENTENCE_END = /[.!?]["”]?(?=\s+["“A-Z])/g;

export function splitSentences(paragraph: number, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      sentences.push({
        paragraph,
        number: sentences.length + 1,
        text: trimmed,
        start: start + leading,
        end: start + leading + trimmed.length,
      });
    }
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}

export function articleSentences(): Sentence[] {
  return articleText().paragraphs.flatMap((text, index) => splitSentences(index + 1, text));
}
