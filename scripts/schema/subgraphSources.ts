/** The subgraph SDLs a run works on: generated from the subgraphs' code, or read from a folder of fixtures. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { printSubgraphSchema } from "@apollo/subgraph";
import { defaultPortOf, localGraphqlUrl } from "../../platform/serviceCatalog.js";
import { CheckInputError } from "./commandIo.js";

export interface SubgraphSource {
  name: string;
  /** Routing URL written into the supergraph; the gateway overrides it from its environment. */
  url: string;
  sdl: string;
}

/** Builds every subgraph in the registry from code, in registry order, and prints its subgraph SDL. */
export async function sourcesFromCode(): Promise<SubgraphSource[]> {
  // Imported lazily so fixture runs never load (or depend on) the subgraphs' code.
  const { subgraphServices } = await import("../../subgraphs/registry.js");
  const sources: SubgraphSource[] = [];
  for (const service of subgraphServices) {
    const schema = await service.buildSchema();
    sources.push({
      name: service.name,
      url: localGraphqlUrl(defaultPortOf(service.name)),
      sdl: printSubgraphSchema(schema),
    });
  }
  return sources;
}

/** Reads `<name>.graphql` files, alphabetically, as subgraph SDLs (fixtures; ports 4001, 4002, … in that order). */
export function sourcesFromDirectory(directory: string): SubgraphSource[] {
  let files: string[];
  try {
    files = readdirSync(directory)
      .filter((file) => file.endsWith(".graphql"))
      .sort();
  } catch (error) {
    throw new CheckInputError(`cannot read subgraph SDL folder ${directory}: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new CheckInputError(`no <name>.graphql subgraph SDL files in ${directory}`);
  return files.map((file, index) => ({
    name: basename(file, ".graphql"),
    url: localGraphqlUrl(4001 + index),
    sdl: readFileSync(join(directory, file), "utf8"),
  }));
}
