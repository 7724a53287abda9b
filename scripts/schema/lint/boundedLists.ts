/**
 * schema/bounded-lists.yaml: the reviewed allowlist of the `connection-required` rule — lists of objects that stay
 * plain lists because one parent bounds them, each with its reason.
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { CheckInputError } from "../commandIo.js";
import { inRoot, schemaPaths } from "../schemaPaths.js";

const boundedListsFileSchema = z
  .object({
    boundedLists: z
      .record(z.string().regex(/^(\*|[A-Z]\w*)\.\w+$/, "key must be Type.field or *.field"), z.string().trim().min(10))
      .nullable()
      .default({}),
  })
  .strict();

export type BoundedLists = Readonly<Record<string, string>>;

/** The allowlist in a repository root; none when the file is absent (every list of objects must then be a connection). */
export function readBoundedLists(root: string): BoundedLists {
  const file = inRoot(root, schemaPaths.boundedLists);
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8")) ?? {};
  } catch (error) {
    throw new CheckInputError(`${schemaPaths.boundedLists} is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = boundedListsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new CheckInputError(`${schemaPaths.boundedLists} is malformed:\n  ${issues.join("\n  ")}`);
  }
  return parsed.data.boundedLists ?? {};
}

/** The reason a list field may stay a plain list, or undefined when it must be a connection. */
export function boundedListReason(lists: BoundedLists) {
  return (typeName: string, fieldName: string): string | undefined =>
    lists[`${typeName}.${fieldName}`] ?? lists[`*.${fieldName}`];
}
