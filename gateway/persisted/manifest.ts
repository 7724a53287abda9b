/**
 * The trusted-operation manifest: Apollo's persisted query list format (`apollo-persisted-query-manifest`, version 1),
 * one entry per registered operation, `id` = sha256 of `body`. `schema:compose` writes it; the gateway reads it.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { type DefinitionNode, type DocumentNode, type FieldNode, Kind, parse, print, visit } from "graphql";

export const MANIFEST_FORMAT = "apollo-persisted-query-manifest";

export interface ManifestOperation {
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  body: string;
}

export interface PersistedQueryManifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  operations: ManifestOperation[];
}

export class ManifestError extends Error {
  constructor(path: string, reason: string) {
    super(`Persisted operation manifest ${path} ${reason}: run \`npm run schema:compose\` to write it.`);
    this.name = "ManifestError";
  }
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function definitionName(definition: DefinitionNode): string {
  return "name" in definition && definition.name ? definition.name.value : "";
}

/**
 * The document a text stands for, whatever its layout: comments and spacing dropped, the `__typename` selections
 * clients add for their caches removed, operations before fragments, each group by name. Two texts with the same
 * canonical form ask for the same data.
 */
const dropTypename = {
  Field: (field: FieldNode) => (field.name.value === "__typename" && !field.alias ? null : undefined),
};

export function canonicalDocument(document: DocumentNode): string {
  const withoutTypename = visit(document, dropTypename);
  const rank = (definition: DefinitionNode) => (definition.kind === Kind.OPERATION_DEFINITION ? 0 : 1);
  return [...withoutTypename.definitions]
    .sort((a, b) => rank(a) - rank(b) || definitionName(a).localeCompare(definitionName(b)))
    .map((definition) => print(definition))
    .join("\n\n");
}

/** The canonical form of a query text, or undefined when it does not parse. */
export function canonicalText(text: string): string | undefined {
  try {
    return canonicalDocument(parse(text, { noLocation: true }));
  } catch {
    return undefined;
  }
}

function isManifest(value: unknown): value is PersistedQueryManifest {
  const manifest = value as Partial<PersistedQueryManifest> | null;
  return (
    manifest?.format === MANIFEST_FORMAT &&
    manifest.version === 1 &&
    Array.isArray(manifest.operations) &&
    manifest.operations.every(
      (operation) =>
        typeof operation?.id === "string" &&
        typeof operation.body === "string" &&
        operation.id === sha256Hex(operation.body),
    )
  );
}

export function readManifest(path: string): PersistedQueryManifest {
  if (!existsSync(path)) throw new ManifestError(path, "not found");
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new ManifestError(path, "is not JSON");
  }
  if (!isManifest(parsed))
    throw new ManifestError(path, `is not a valid ${MANIFEST_FORMAT} (version 1, id = sha256(body))`);
  return parsed;
}
