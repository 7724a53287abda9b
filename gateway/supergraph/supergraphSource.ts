/** Where the gateway's supergraph comes from: the committed file (default) or the running subgraphs (`live`). */
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { IntrospectAndCompose } from "@apollo/gateway";
import { projectRoot } from "../../platform/projectRoot.js";
import { SUBGRAPH_NAMES } from "../../platform/serviceCatalog.js";
import type { GatewayConfig } from "../config.js";

export class SupergraphMissingError extends Error {
  constructor(path: string) {
    super(`Supergraph file ${relative(projectRoot(), path)} not found: run \`npm run schema:compose\` to write it.`);
    this.name = "SupergraphMissingError";
  }
}

export function supergraphSource(config: GatewayConfig): string | IntrospectAndCompose {
  if (config.supergraphSource === "live") {
    return new IntrospectAndCompose({
      subgraphs: SUBGRAPH_NAMES.map((name) => ({ name, url: config.subgraphUrls[name] })),
    });
  }
  if (!existsSync(config.supergraphPath)) throw new SupergraphMissingError(config.supergraphPath);
  return readFileSync(config.supergraphPath, "utf8");
}
