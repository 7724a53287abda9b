/**
 * The `schema:compose` command: writes each subgraph's SDL, the supergraph, the contract variants, the typed
 * operations and the changelog under schema/ (schemaFiles.ts); exit 1 when composition fails, 2 when it could not run.
 */
import { COMPOSE_USAGE, parseComposeOptions } from "./cliOptions.js";
import { CheckInputError, type CommandIo } from "./commandIo.js";

export async function runComposeCommand(
  argv: readonly string[],
  io: CommandIo,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  try {
    const options = parseComposeOptions(argv, env);
    if (!options) {
      io.out(COMPOSE_USAGE);
      return 0;
    }
    // Loaded once the flags are read: --help and a bad flag answer without loading composition.
    const { writeSchemaFiles } = await import("./schemaFiles.js");
    return await writeSchemaFiles(options, io);
  } catch (error) {
    if (!(error instanceof CheckInputError)) throw error;
    io.err(error.message);
    return 2;
  }
}
