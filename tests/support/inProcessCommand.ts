/**
 * Runs a command's main function in the test's own process, as scripts/schema/commandIo.ts's runAsProcess runs it as
 * a process: what it prints on stdout and stderr (a line per call), and the exit code it returns, 2 when it throws.
 */
import type { Command } from "../../scripts/schema/commandIo.js";

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInProcess(
  command: Command,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  let stdout = "";
  let stderr = "";
  const io = {
    out: (text: string) => {
      stdout += `${text}\n`;
    },
    err: (text: string) => {
      stderr += `${text}\n`;
    },
  };
  try {
    const code = await command(argv, io, env);
    return { code, stdout, stderr };
  } catch (error) {
    return { code: 2, stdout, stderr: `${stderr}${(error as Error).stack ?? String(error)}\n` };
  }
}
