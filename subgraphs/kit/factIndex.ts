/**
 * Each subgraph's index of the facts it owns: which paragraphs each cites, which countries it is about and the text
 * it is found by (FTS5). It serves `Article.facts`/`Country.facts` (as index entries the gateway hands to the
 * subgraph that merges them) and the paragraph lookups of the deprecated per-subgraph fact lists.
 */
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { ARTICLE_ID } from "./article.js";
import { badUserInput } from "./errors.js";
import type { Evidence } from "./evidence.js";
import { encodeGlobalId } from "./globalId.js";
import { withTypename } from "./node.js";
import type { Db } from "./sqliteStore.js";
import { ftsQuery } from "./textSearch.js";

export const FACT_INDEX_DDL = `
CREATE TABLE fact_index (
  position INTEGER PRIMARY KEY,
  fact_type TEXT NOT NULL,
  fact_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  paragraphs TEXT NOT NULL,
  country_codes TEXT NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (fact_type, fact_id)
);
CREATE TABLE fact_evidence (
  position INTEGER NOT NULL REFERENCES fact_index (position),
  paragraph INTEGER NOT NULL,
  PRIMARY KEY (position, paragraph)
);
CREATE INDEX fact_evidence_by_paragraph ON fact_evidence (paragraph, position);
CREATE TABLE fact_country (
  position INTEGER NOT NULL REFERENCES fact_index (position),
  country_code TEXT NOT NULL,
  PRIMARY KEY (position, country_code)
);
CREATE INDEX fact_country_by_code ON fact_country (country_code, position);
CREATE VIRTUAL TABLE fact_search USING fts5(text, content='fact_index', content_rowid='position', tokenize='unicode61 remove_diacritics 2');
`;

/** What the index needs from a fact record. */
export interface IndexedFact {
  /** GraphQL type name of the fact, e.g. "Engagement". */
  type: string;
  /** The record's handle. */
  id: string;
  evidence: readonly Evidence[];
  /** ISO codes of the countries the fact is about. */
  countryCodes?: readonly string[];
  /** Wording it is found by besides its quotes (name, title, description). */
  wording?: readonly (string | null | undefined)[];
}

export interface FactRef {
  type: string;
  id: string;
}

@ObjectType({ description: "One fact in a subgraph's fact index (internal: merged into `facts` connections)." })
@Directive("@shareable")
@Directive("@inaccessible")
export class FactIndexEntry {
  @Field(() => ID, { description: "Global id of the fact." })
  id!: string;

  @Field(() => [Int], { description: "Paragraphs it cites, ascending." })
  paragraphs!: number[];

  @Field(() => [String], { description: "ISO codes of the countries it is about." })
  countryCodes!: string[];

  @Field(() => String, { description: "Quotes and wording it is found by in text search." })
  text!: string;
}

export function indexFacts(db: Db, facts: readonly IndexedFact[]): void {
  const insertFact = db.prepare(
    "INSERT INTO fact_index (position, fact_type, fact_id, article_id, paragraphs, country_codes, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const insertParagraph = db.prepare("INSERT OR IGNORE INTO fact_evidence (position, paragraph) VALUES (?, ?)");
  const insertCountry = db.prepare("INSERT OR IGNORE INTO fact_country (position, country_code) VALUES (?, ?)");
  db.transaction(() => {
    facts.forEach((fact, position) => {
      const paragraphs = [...new Set(fact.evidence.map((item) => item.paragraph))].sort((a, b) => a - b);
      const countryCodes = [...new Set(fact.countryCodes ?? [])];
      const wording = (fact.wording ?? []).filter((text): text is string => typeof text === "string");
      const text = [...wording, ...fact.evidence.map((item) => item.quote)].join("\n");
      insertFact.run(
        position,
        fact.type,
        fact.id,
        ARTICLE_ID,
        JSON.stringify(paragraphs),
        JSON.stringify(countryCodes),
        text,
      );
      for (const paragraph of paragraphs) insertParagraph.run(position, paragraph);
      for (const code of countryCodes) insertCountry.run(position, code);
    });
    db.exec("INSERT INTO fact_search (fact_search) VALUES ('rebuild')");
  })();
}

interface IndexRow {
  type: string;
  id: string;
  paragraphs: string;
  countryCodes: string;
  text: string;
}

const INDEX_COLUMNS =
  "fact_type AS type, fact_id AS id, paragraphs, country_codes AS countryCodes, text FROM fact_index";

function toEntry(row: IndexRow): FactIndexEntry {
  return {
    id: encodeGlobalId(row.type, row.id),
    paragraphs: JSON.parse(row.paragraphs) as number[],
    countryCodes: JSON.parse(row.countryCodes) as string[],
    text: row.text,
  };
}

/** Every indexed fact of an article, in data order. */
export function selectArticleFactIndex(db: Db, articleId: string): FactIndexEntry[] {
  const rows = db.prepare(`SELECT ${INDEX_COLUMNS} WHERE article_id = ? ORDER BY position`).all(articleId);
  return (rows as IndexRow[]).map(toEntry);
}

/** Indexed facts about any of the given countries, grouped by code, in data order. */
export function selectCountryFactIndex(db: Db, codes: readonly string[]): { key: string; record: FactIndexEntry }[] {
  if (codes.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT c.country_code AS key, ${INDEX_COLUMNS.replace(" FROM fact_index", "")} ` +
        `FROM fact_country c JOIN fact_index USING (position) WHERE c.country_code IN (SELECT value FROM json_each(?)) ORDER BY position`,
    )
    .all(JSON.stringify(codes)) as (IndexRow & { key: string })[];
  return rows.map((row) => ({ key: row.key, record: toEntry(row) }));
}

/** Handles of the facts of `type` whose text matches a search (FTS5), in data order. */
export function selectMatchingFactIds(db: Db, type: string, text: string): string[] {
  const rows = db
    .prepare(
      "SELECT f.fact_id AS id FROM fact_search JOIN fact_index f ON f.position = fact_search.rowid " +
        "WHERE fact_search MATCH ? AND f.fact_type = ? ORDER BY f.position",
    )
    .all(ftsQuery(text), type) as { id: string }[];
  return rows.map((row) => row.id);
}

/** Facts citing `paragraph` (every fact when it is null), in data order, each once. */
export function selectFactRefs(db: Db, paragraph: number | null): FactRef[] {
  const rows =
    paragraph === null
      ? db.prepare("SELECT fact_type AS type, fact_id AS id FROM fact_index ORDER BY position").all()
      : db
          .prepare(
            "SELECT f.fact_type AS type, f.fact_id AS id FROM fact_evidence e JOIN fact_index f USING (position) " +
              "WHERE e.paragraph = ? ORDER BY position",
          )
          .all(paragraph);
  return rows as FactRef[];
}

interface FactLoader {
  load(id: string): Promise<object | null>;
}

/** Each fact type a subgraph owns, with the per-request loader of its records by handle. */
export type FactLoaders = Record<string, FactLoader>;

/** Loads the referenced facts through the per-request loaders: one statement per fact type. */
export async function loadFacts(refs: readonly FactRef[], loadersByType: FactLoaders): Promise<object[]> {
  const facts = await Promise.all(
    refs.map(async (ref) => {
      const loader = loadersByType[ref.type];
      if (!loader) throw new Error(`no loader for fact type ${ref.type}`);
      const record = await loader.load(ref.id);
      return record ? withTypename(ref.type, record) : null;
    }),
  );
  return facts.filter((fact): fact is object & { __typename: string } => fact !== null);
}

/** `paragraph` arguments: null means every paragraph; below 1 is the caller's error. */
export function paragraphArgument(paragraph: number | null | undefined, argumentName = "paragraph"): number | null {
  if (paragraph == null) return null;
  if (paragraph < 1) throw badUserInput(`paragraph must be 1 or more, got ${paragraph}`, argumentName);
  return paragraph;
}
