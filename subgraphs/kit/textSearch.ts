/**
 * Full-text search (SQLite FTS5, unicode61 tokenizer without diacritics): a client's words become a safe MATCH
 * expression (every word must occur, as a word or a word prefix), never FTS5 syntax the client controls.
 */
import Database from "better-sqlite3";
import { badUserInput } from "./errors.js";

const MAX_TERMS = 16;

export function ftsQuery(text: string, argumentName = "text"): string {
  const terms = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (terms.length === 0) throw badUserInput("text must contain at least one letter or digit", argumentName);
  if (terms.length > MAX_TERMS) throw badUserInput(`text may hold at most ${MAX_TERMS} words`, argumentName);
  return terms.map((term) => `"${term}"*`).join(" ");
}

let scratch: Database.Database | undefined;

/**
 * Which of `texts` match a search, by index: texts gathered from several subgraphs are searched with the same
 * FTS5 rules each subgraph applies to its own. The scratch table is filled and emptied in one synchronous
 * transaction, so concurrent requests never see each other's rows.
 */
export function matchingTexts(texts: readonly string[], text: string): Set<number> {
  const query = ftsQuery(text);
  if (!scratch) {
    scratch = new Database(":memory:");
    scratch.exec("CREATE VIRTUAL TABLE scratch USING fts5(text, tokenize='unicode61 remove_diacritics 2')");
  }
  const db = scratch;
  const insert = db.prepare("INSERT INTO scratch (rowid, text) VALUES (?, ?)");
  const select = db.prepare("SELECT rowid AS position FROM scratch WHERE scratch MATCH ?");
  return db.transaction(() => {
    for (const [position, value] of texts.entries()) insert.run(position, value);
    const matches = new Set((select.all(query) as { position: number }[]).map((row) => row.position));
    db.exec("DELETE FROM scratch");
    return matches;
  })();
}
