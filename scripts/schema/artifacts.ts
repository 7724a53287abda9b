/** Everything `schema:compose` writes, generated in memory so the checker can diff it against the committed files. */
import { type ContractComposition, composeContract, contractVariants } from "./contract.js";
import { schemaPaths } from "./schemaPaths.js";
import type { SubgraphSource } from "./subgraphSources.js";
import { composeSupergraph, type SupergraphComposition, withTrailingNewline } from "./supergraph.js";

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

export function generateArtifacts(sources: readonly SubgraphSource[]): SchemaArtifacts {
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
  return { files, supergraph, contracts };
}
