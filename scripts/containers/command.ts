/** The external programs the container test drives (docker, apt-get, debootstrap), run to completion and logged. */
import { spawn, spawnSync } from "node:child_process";

export interface CommandResult {
  code: number | null;
  output: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Stream the command's output to the log as it runs (long steps: apt, debootstrap, docker build). */
  echo?: boolean;
  /** Resolve with the result instead of throwing when the command fails. */
  allowFailure?: boolean;
  timeoutMs?: number;
}

export function log(line: string): void {
  process.stdout.write(`containers | ${line}\n`);
}

export class CommandError extends Error {}

/** Runs `program args`; throws a CommandError carrying the output's tail unless it exits 0 (or allowFailure). */
export function run(program: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: options.timeoutMs,
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", (error) => reject(new CommandError(`${program}: ${error.message}`)));
    child.once("close", (code, signal) => {
      if (code === 0 || options.allowFailure) return resolve({ code, output });
      const status = signal ? `was killed by ${signal}` : `exited with ${code}`;
      reject(new CommandError(`${program} ${args.join(" ")} ${status}:\n${output.slice(-4000)}`));
    });
  });
}

/** Whether `program args` exits 0 (quietly; for probes such as `docker version`). */
export function succeeds(program: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(program, args, { env, stdio: "ignore", timeout: 30_000 }).status === 0;
}

/** Elapsed seconds since `started`, for the timing lines the run prints. */
export function seconds(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}
