/**
 * Prints the gateway's query plan of registered operations: `npm run schema:plan -- PublicServiceCrises [...]`, on
 * the committed supergraph; `--supergraph <file>` plans on another one, and `--without-shared-reference-data` on the
 * subgraphs as they would be if only diplomacy served `Country`/`Region` ids and names (the plan before @shareable).
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { usageErrorLine } from "../../platform/commandLine.js";

const USAGE = `Usage: npm run schema:plan -- <OperationName> [...] [options]

Prints the gateway's query plan of each named registered operation (schema/operations).

Options:
  --supergraph FILE                 plan on this supergraph instead of schema/supergraph.graphql
  --without-shared-reference-data   plan as if only diplomacy served Country/Region ids and names
  -h, --help                        this text`;

function fail(message: string): never {
  process.stderr.write(`${usageErrorLine("schema:plan", new Error(message))}\n`);
  process.exit(2);
}

let parsed: ReturnType<typeof readArgs>;
function readArgs() {
  return parseArgs({
    args: process.argv.slice(2),
    strict: true,
    allowPositionals: true,
    options: {
      supergraph: { type: "string" },
      "without-shared-reference-data": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
try {
  parsed = readArgs();
} catch (error) {
  fail((error as Error).message.split("\n")[0] ?? "bad arguments");
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) fail("name at least one registered operation");
if (values.supergraph && values["without-shared-reference-data"]) {
  fail("--supergraph and --without-shared-reference-data exclude each other");
}
// Loaded once the flags are read: --help and a bad flag answer without loading the query planner.
const { registeredOperationPlans, supergraphWithoutSharedReferenceData } = await import("./queryPlans.js");
let supergraph = values.supergraph ? resolve(values.supergraph) : undefined;
if (values["without-shared-reference-data"]) {
  supergraph = join(tmpdir(), `supergraph-without-shared-reference-data-${process.pid}.graphql`);
  writeFileSync(supergraph, supergraphWithoutSharedReferenceData());
}
try {
  const plans = await registeredOperationPlans(positionals, supergraph);
  for (const [name, plan] of plans) console.log(`# ${name}\n${plan}\n`);
} catch (error) {
  fail((error as Error).message.split("\n")[0] ?? "could not plan");
}
