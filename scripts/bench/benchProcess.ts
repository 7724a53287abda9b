/**
 * One process under test (a subgraph, a gateway): spawned with its output going to a log file, so the bench
 * process spends nothing on relaying it, then awaited until it answers, measured, and stopped.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { projectRoot } from "../../platform/projectRoot.js";

export interface BenchProcessOptions {
  name: string;
  /** Arguments after the Node executable. */
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Any URL that answers 2xx once the process serves. */
  readyUrl: string;
  readyBody?: string;
  logFile: string;
  /** Open an IPC channel (the subgraph counters probe answers on it). */
  ipc?: boolean;
  /** `taskset -c <cpus>` the process. */
  cpus?: string;
  /** Working directory (default: the project root). */
  cwd?: string;
}

const living = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of living) child.kill("SIGKILL");
});

export class BenchProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  private running = true;

  private constructor(readonly options: BenchProcessOptions) {
    const log = openSync(options.logFile, "a");
    const [command, args] = options.cpus
      ? ["taskset", ["-c", options.cpus, process.execPath, ...options.args]]
      : [process.execPath, options.args];
    this.child = spawn(command, args, {
      cwd: options.cwd ?? projectRoot(),
      env: options.env,
      stdio: ["ignore", log, log, ...(options.ipc ? ["ipc" as const] : [])],
    });
    closeSync(log);
    living.add(this.child);
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code) => {
        this.running = false;
        living.delete(this.child);
        resolve(code);
      });
      this.child.once("error", () => resolve(-1));
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  static async start(options: BenchProcessOptions, timeoutMs = 180_000): Promise<BenchProcess> {
    const started = new BenchProcess(options);
    await started.waitUntilReady(timeoutMs);
    return started;
  }

  private async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const { readyUrl, readyBody } = this.options;
    while (Date.now() < deadline) {
      if (!this.running) break;
      try {
        const response = await fetch(readyUrl, {
          method: readyBody ? "POST" : "GET",
          headers: readyBody ? { "content-type": "application/json" } : {},
          body: readyBody,
          signal: AbortSignal.timeout(2_000),
        });
        await response.arrayBuffer();
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await this.stop();
    const tail = readFileSync(this.options.logFile, "utf8").split("\n").slice(-20).join("\n");
    throw new Error(
      `${this.options.name} did not become ready at ${readyUrl}\n--- ${this.options.logFile} ---\n${tail}`,
    );
  }

  /** SIGTERM, then SIGKILL after a grace period. */
  async stop(graceMs = 5_000): Promise<void> {
    if (!this.running) return;
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
