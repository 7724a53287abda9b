/** Reads a subgraph's curated YAML data files and validates them, naming file, record and field on failure. */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { type Document, isMap, isPair, isScalar, isSeq, parseDocument } from "yaml";
import type { z } from "zod";

export class DataValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid data:\n  ${problems.join("\n  ")}`);
    this.name = "DataValidationError";
  }
}

function recordLabel(records: unknown, index: number): string {
  const record = Array.isArray(records) ? records[index] : undefined;
  const id =
    record && typeof record === "object"
      ? ((record as Record<string, unknown>).id ?? (record as Record<string, unknown>).code)
      : undefined;
  return typeof id === "string" ? `record "${id}"` : `record #${index + 1}`;
}

/** The record and field at a character offset of a data file, as "record "<id>", field "<name>"". */
function locate(document: Document, records: unknown, offset: number): string {
  const within = (range: readonly number[] | null | undefined) =>
    !!range && (range[0] ?? 0) <= offset && offset < (range[2] ?? 0);
  const list = document.contents;
  if (!isSeq(list)) return `offset ${offset}`;
  const index = list.items.findIndex((item) => within((item as { range?: number[] }).range));
  if (index < 0) return `offset ${offset}`;
  const record = list.items[index];
  const pair = isMap(record)
    ? record.items.find((item) => isPair(item) && within((item.value as { range?: number[] })?.range))
    : undefined;
  const field = pair && isScalar(pair.key) ? `, field "${String(pair.key.value)}"` : "";
  return `${recordLabel(records, index)}${field}`;
}

/** Each data file is a YAML list of records; `recordSchema` validates one record. */
export function readRecords<T>(dataDir: string, fileName: string, recordSchema: z.ZodType<T>): T[] {
  const path = join(dataDir, fileName);
  let parsed: unknown;
  try {
    const document = parseDocument(readFileSync(path, "utf8"));
    if (document.errors.length > 0) throw document.errors[0];
    parsed = document.toJS();
    // The yaml library only warns about what it cannot resolve (an unknown tag such as `!foo`): a data error here.
    const problems = document.warnings.map(
      (warning) => `${fileName}: ${locate(document, parsed, warning.pos[0])}: ${warning.message.split("\n")[0]}`,
    );
    if (problems.length > 0) throw new DataValidationError(problems);
  } catch (error) {
    if (error instanceof DataValidationError) throw error;
    throw new DataValidationError([`${fileName}: cannot be read as YAML: ${(error as Error).message}`]);
  }
  if (!Array.isArray(parsed)) throw new DataValidationError([`${basename(path)}: must be a YAML list of records`]);
  const problems: string[] = [];
  const records: T[] = [];
  parsed.forEach((raw, index) => {
    const result = recordSchema.safeParse(raw);
    if (result.success) {
      records.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join(".") : "(record)";
      problems.push(`${fileName}: ${recordLabel(parsed, index)}, field "${field}": ${issue.message}`);
    }
  });
  if (problems.length > 0) throw new DataValidationError(problems);
  return records;
}

/** Collects cross-record problems (unknown references, duplicate ids) and reports them all at once. */
export class ReferenceCheck {
  private readonly problems: string[] = [];

  unique<T>(fileName: string, records: readonly T[], idOf: (record: T) => string): Set<string> {
    const seen = new Set<string>();
    for (const record of records) {
      const id = idOf(record);
      if (seen.has(id)) this.problems.push(`${fileName}: record "${id}", field "id": duplicate id`);
      seen.add(id);
    }
    return seen;
  }

  known<T>(
    fileName: string,
    records: readonly T[],
    idOf: (record: T) => string,
    field: string,
    valuesOf: (record: T) => readonly string[] | string | null | undefined,
    known: ReadonlySet<string>,
  ): void {
    for (const record of records) {
      const raw = valuesOf(record);
      const values = raw == null ? [] : typeof raw === "string" ? [raw] : raw;
      for (const value of values) {
        if (!known.has(value)) {
          this.problems.push(`${fileName}: record "${idOf(record)}", field "${field}": unknown reference "${value}"`);
        }
      }
    }
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new DataValidationError(this.problems);
  }
}
