/**
 * `schema/generated/persisted-query-manifest.json`: every registered operation as Apollo's persisted query list.
 * Bodies are what Apollo Client sends for the operation (its cache adds `__typename` to every selection set), so an
 * Apollo Client's hash of a registered operation is its manifest id; other clients' texts match by canonical form.
 */
import { addTypenameToDocument } from "@apollo/client/utilities";
import { print } from "graphql";
import { MANIFEST_FORMAT, type PersistedQueryManifest, sha256Hex } from "../../gateway/persisted/manifest.js";
import type { RegisteredOperation } from "./registeredOperations.js";

export function persistedQueryManifest(operations: readonly RegisteredOperation[]): string {
  const manifest: PersistedQueryManifest = {
    format: MANIFEST_FORMAT,
    version: 1,
    operations: [...operations]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((operation) => {
        const body = print(addTypenameToDocument(operation.document));
        return { id: sha256Hex(body), name: operation.name, type: operation.kind, body };
      }),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
