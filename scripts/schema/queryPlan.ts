/**
 * Prints the gateway's query plan of registered operations: `npm run schema:plan -- PublicServiceCrises [...]`, on
 * the committed supergraph; `--supergraph <file>` plans on another one, and `--without-shared-reference-data` on the
 * subgraphs as they would be if only diplomacy served `Country`/`Region` ids and names (the plan before @shareable).
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { registeredOperationPlans, supergraphWithoutSharedReferenceData } from "./queryPlans.js";

const args = process.argv.slice(2);
const at = args.indexOf("--supergraph");
let supergraph = at >= 0 ? resolve(args.splice(at, 2)[1] ?? "") : undefined;
const without = args.indexOf("--without-shared-reference-data");
if (without >= 0) {
  args.splice(without, 1);
  supergraph = join(tmpdir(), `supergraph-without-shared-reference-data-${process.pid}.graphql`);
  writeFileSync(supergraph, supergraphWithoutSharedReferenceData());
}
if (args.length === 0) {
  console.error(
    "usage: npm run schema:plan -- <OperationName> [...] [--supergraph <file> | --without-shared-reference-data]",
  );
  process.exit(2);
}
const plans = await registeredOperationPlans(args, supergraph);
for (const [name, plan] of plans) console.log(`# ${name}\n${plan}\n`);
