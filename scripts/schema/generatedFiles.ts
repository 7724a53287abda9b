/** Reads the committed generated files and finds ones no subgraph generates any more. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { contractVariants } from "./contract.js";
import { inRoot, schemaPaths } from "./schemaPaths.js";

/** Paths a fully successful compose writes besides the subgraph SDLs. */
function fixedGeneratedPaths(): string[] {
  return [
    schemaPaths.supergraph,
    ...contractVariants.flatMap((v) => [schemaPaths.contract(v.name), schemaPaths.contractSupergraph(v.name)]),
  ];
}

/** `schema/*.graphql` and `schema/contracts/*.graphql` files that neither a subgraph nor a composition produces. */
export function staleGeneratedFiles(root: string, subgraphNames: readonly string[]): string[] {
  const expected = new Set([...subgraphNames.map(schemaPaths.subgraph), ...fixedGeneratedPaths()]);
  const present = ["schema", "schema/contracts"].flatMap((folder) => {
    const directory = inRoot(root, folder);
    if (!existsSync(directory)) return [];
    return readdirSync(directory)
      .filter((file) => file.endsWith(".graphql"))
      .map((file) => `${folder}/${file}`);
  });
  return present.filter((path) => !expected.has(path)).sort();
}

export function readCommitted(root: string, path: string): string | undefined {
  const file = inRoot(root, path);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}
