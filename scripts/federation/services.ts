/** The four processes of a local federation, and the command each runs: the one its `npm run start:<name>` runs. */
import { readFileSync } from "node:fs";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { GATEWAY_DEFAULT_PORT, SUBGRAPH_NAMES, SUBGRAPHS, type SubgraphName } from "../../platform/serviceCatalog.js";

export type ServiceName = SubgraphName | "gateway";

/** Start order: every subgraph before the gateway that joins them. */
export const SERVICE_NAMES: readonly ServiceName[] = [...SUBGRAPH_NAMES, "gateway"];

export const DEFAULT_PORTS: Readonly<Record<ServiceName, number>> = {
  gateway: GATEWAY_DEFAULT_PORT,
  ...(Object.fromEntries(SUBGRAPHS.map(({ name, defaultPort }) => [name, defaultPort])) as Record<
    SubgraphName,
    number
  >),
};

/**
 * The TypeScript entry of `npm run start:<name>` (`tsx <entry>`). Children run it as `node --import tsx <entry>`:
 * the same loader as the tsx CLI, without its extra wrapper process, so signals reach the service directly.
 */
export function entryOf(name: ServiceName): string {
  const scripts = (
    JSON.parse(readFileSync(fromProjectRoot("package.json"), "utf8")) as { scripts?: Record<string, string> }
  ).scripts;
  const script = scripts?.[`start:${name}`];
  const match = script ? /^tsx (\S+\.ts)$/.exec(script.trim()) : null;
  if (!match?.[1]) {
    throw new Error(`package.json script "start:${name}" must read "tsx <entry>.ts", found ${JSON.stringify(script)}`);
  }
  return fromProjectRoot(match[1]);
}
