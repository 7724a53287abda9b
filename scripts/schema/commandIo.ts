/** Where a command prints, so tests can run the real commands in-process and read what they printed. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

export const consoleIo: CommandIo = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

/** Runs a command's main function as the process: its number is the exit code. */
export function runAsProcess(command: (argv: string[], io: CommandIo) => Promise<number>): void {
  command(process.argv.slice(2), consoleIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
