/**
 * Flags of the project's commands (npm scripts, service entries), read alike: `--help`/`-h` asks for the command's
 * usage (printed on stdout, exit 0); a flag the command does not know, or a positional argument, is one line on
 * stderr naming the command and pointing at its --help (exit 2).
 */
import { type ParseArgsConfig, parseArgs } from "node:util";

/** A flag the command cannot read; its message is one line. */
export class UsageError extends Error {
  override name = "UsageError";
}

type FlagOptions = NonNullable<ParseArgsConfig["options"]>;
const HELP = { help: { type: "boolean", short: "h" } } as const;

/** Parses `argv` strictly against `options` plus `--help`/`-h`. */
export function parseFlags<const Options extends FlagOptions>(argv: readonly string[], options: Options) {
  const config = { args: [...argv], strict: true, allowPositionals: false, options: { ...options, ...HELP } } as const;
  try {
    return parseArgs(config).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0] ?? "bad arguments");
  }
}

/** Where a bad flag's line points: `(see npm run data:coverage -- --help)`. */
export function helpHint(command: string, helpCommand = `npm run ${command} -- --help`): string {
  return `(see ${helpCommand})`;
}

/** The one line a bad flag answers, e.g. `data:coverage: Unknown option '--x' (see npm run data:coverage -- --help)`. */
export function usageErrorLine(command: string, error: Error, helpCommand?: string): string {
  return `${command}: ${error.message} ${helpHint(command, helpCommand)}`;
}

/**
 * For a command that takes no flag but --help: whether it was asked for. Anything else ends the process with one
 * line on stderr (exit 2), before the command starts anything.
 */
export function asksForHelpOnly(argv: readonly string[], command: string, helpCommand?: string): boolean {
  try {
    return parseFlags(argv, {}).help ?? false;
  } catch (error) {
    process.stderr.write(`${usageErrorLine(command, error as Error, helpCommand)}\n`);
    process.exit(2);
  }
}
