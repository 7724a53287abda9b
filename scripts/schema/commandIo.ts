/** How a schema command talks to its process: where it prints, its input errors, and its number as the exit code. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** A command's main function: its arguments and environment in, its exit code out. */
export type Command = (argv: readonly string[], io: CommandIo, env: NodeJS.ProcessEnv) => Promise<number>;

export const consoleIo: CommandIo = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

/** Runs a command's main function as the process: its number is the exit code. */
export function runAsProcess(command: Command): void {
  command(process.argv.slice(2), consoleIo, process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}

/** An error in the check's own inputs (bad flag, unreadable or malformed file): the check could not run (exit 2). */
export class CheckInputError extends Error {
  override name = "CheckInputError";
}
