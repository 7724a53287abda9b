/** Where the generated schema files, approvals and registered operations live, relative to a repository root. */
import { join } from "node:path";

export const PUBLIC_CONTRACT = "public";

/** Paths relative to the repository root, with forward slashes: they double as `git show <ref>:<path>` paths. */
export const schemaPaths = {
  subgraph: (name: string) => `schema/${name}.graphql`,
  supergraph: "schema/supergraph.graphql",
  contract: (variant: string) => `schema/contracts/${variant}.graphql`,
  contractSupergraph: (variant: string) => `schema/contracts/${variant}.supergraph.graphql`,
  approvals: "schema/approved-changes.yaml",
  boundedLists: "schema/bounded-lists.yaml",
  operations: "schema/operations",
  typedOperations: "schema/generated/operations.ts",
  changelog: "schema/CHANGELOG.md",
  persistedQueryManifest: "schema/generated/persisted-query-manifest.json",
} as const;

export function inRoot(root: string, relativePath: string): string {
  return join(root, ...relativePath.split("/"));
}
