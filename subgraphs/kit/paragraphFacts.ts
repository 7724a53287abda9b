/** Index of which facts cite which article paragraph, so `Article.<subgraph>Facts(paragraph:)` is one lookup. */
import { badUserInput } from "./errors.js";
import type { Evidence } from "./evidence.js";
import type { Db } from "./sqliteStore.js";

export const FACT_EVIDENCE_DDL = `
CREATE TABLE fact_evidence (
  fact_type TEXT NOT NULL,
  fact_id TEXT NOT NULL,
  paragraph INTEGER NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (fact_type, fact_id, paragraph)
);
CREATE INDEX fact_evidence_by_paragraph ON fact_evidence (paragraph, position);
`;

export interface FactRef {
  /** GraphQL type name of the fact, e.g. "Engagement". */
  type: string;
  id: string;
}

export interface CitedFact extends FactRef {
  evidence: readonly Evidence[];
}

export function indexFacts(db: Db, facts: readonly CitedFact[]): void {
  const insert = db.prepare(
    "INSERT OR IGNORE INTO fact_evidence (fact_type, fact_id, paragraph, position) VALUES (?, ?, ?, ?)",
  );
  db.transaction(() => {
    facts.forEach((fact, position) => {
      for (const { paragraph } of fact.evidence) insert.run(fact.type, fact.id, paragraph, position);
    });
  })();
}

/** Facts citing `paragraph` (every fact when it is null), in data order, each once. */
export function selectFactRefs(db: Db, paragraph: number | null): FactRef[] {
  const rows =
    paragraph === null
      ? db
          .prepare(
            "SELECT fact_type AS type, fact_id AS id, MIN(position) AS position FROM fact_evidence GROUP BY fact_type, fact_id ORDER BY position",
          )
          .all()
      : db
          .prepare("SELECT fact_type AS type, fact_id AS id FROM fact_evidence WHERE paragraph = ? ORDER BY position")
          .all(paragraph);
  return (rows as FactRef[]).map(({ type, id }) => ({ type, id }));
}

/** Tags a loaded record with its GraphQL type so the subgraph's fact union can resolve it. */
export function asFact<T extends object>(type: string, record: T): T & { __typename: string } {
  return { ...record, __typename: type };
}

interface FactLoader {
  load(id: string): Promise<object | null>;
}

/** Loads the referenced facts through the per-request loaders: one statement per fact type. */
export async function loadFacts(
  refs: readonly FactRef[],
  loadersByType: Record<string, FactLoader>,
): Promise<object[]> {
  const facts = await Promise.all(
    refs.map(async (ref) => {
      const loader = loadersByType[ref.type];
      if (!loader) throw new Error(`no loader for fact type ${ref.type}`);
      const record = await loader.load(ref.id);
      return record ? asFact(ref.type, record) : null;
    }),
  );
  return facts.filter((fact): fact is object & { __typename: string } => fact !== null);
}

/** `paragraph` arguments: null means every paragraph; below 1 is the caller's error. */
export function paragraphArgument(paragraph: number | null | undefined): number | null {
  if (paragraph == null) return null;
  if (paragraph < 1) throw badUserInput(`paragraph must be 1 or more, got ${paragraph}`, "paragraph");
  return paragraph;
}
