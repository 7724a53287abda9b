/** Everything `schema:compose` writes, generated in memory so the checker can diff it against the committed files. */

import { type GraphQLSchema, validate } from "graphql";
import { readApprovals } from "./approvals.js";
import { generateChangelog } from "./changelog/schemaChangelog.js";
import { type ContractComposition, composeContract, contractVariants } from "./contract.js";
import { persistedQueryManifest } from "./persistedQueryManifest.js";
import { loadOperations } from "./registeredOperations.js";
import { schemaPaths } from "./schemaPaths.js";
import type { SubgraphSource } from "./subgraphSources.js";
import { composeSupergraph, type SupergraphComposition, withTrailingNewline } from "./supergraph.js";
import { generateTypedOperations } from "./typedOperations.js";

export interface GeneratedFile {
  /** Relative to the repository root, forward slashes. */
  path: string;
  content: string;
}

export interface SchemaArtifacts {
  /** Files that could be generated; a failed composition leaves its files out. */
  files: GeneratedFile[];
  supergraph: SupergraphComposition;
  contracts: ContractComposition[];
}

export async function generateArtifacts(
  sources: readonly SubgraphSource[],
  root: string,
  /** The date a new changelog entry gets (see changelog/changelogDate.ts). */
  today: string,
): Promise<SchemaArtifacts> {
  const files: GeneratedFile[] = sources.map((source) => ({
    path: schemaPaths.subgraph(source.name),
    content: withTrailingNewline(source.sdl),
  }));
  const supergraph = composeSupergraph(sources);
  if (supergraph.ok) files.push({ path: schemaPaths.supergraph, content: supergraph.supergraphSdl });
  // A contract is a filtered composition: only meaningful once the full supergraph composes.
  const contracts = supergraph.ok ? contractVariants.map((variant) => composeContract(sources, variant)) : [];
  for (const contract of contracts) {
    if (!contract.ok) continue;
    files.push({ path: schemaPaths.contract(contract.variant), content: contract.apiSdl });
    files.push({ path: schemaPaths.contractSupergraph(contract.variant), content: contract.supergraphSdl });
  }
  if (supergraph.ok) {
    files.push(...(await operationFiles(supergraph.apiSchema, root)));
    const approvals = readApprovals(root);
    files.push({
      path: schemaPaths.changelog,
      content: await generateChangelog({ root, apiSchema: supergraph.apiSchema, approvals, today }),
    });
  }
  return { files, supergraph, contracts };
}

/** Typed operations and the persisted query manifest; left out while any registered operation is broken (the operations check reports why). */
async function operationFiles(apiSchema: GraphQLSchema, root: string): Promise<GeneratedFile[]> {
  const registry = loadOperations(root);
  if (registry.operations.length === 0 || registry.problems.some((problem) => problem.severity === "error")) return [];
  if (registry.operations.some((operation) => validate(apiSchema, operation.document).length > 0)) return [];
  return [
    {
      path: schemaPaths.typedOperations,
      content: await generateTypedOperations(apiSchema, registry.operations),
    },
    { path: schemaPaths.persistedQueryManifest, content: persistedQueryManifest(registry.operations) },
  ];
}
