/** One service running as a child process: its output line by line (prefixed by the caller), its exit, its stop. */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { projectRoot } from "../../platform/projectRoot.js";
import { heapLimitMiB } from "../../platform/serviceCatalog.js";
import { entryOf, type ServiceName } from "./services.js";

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const TAIL_LINES = 40;
// Every child of this process, so none outlives it even when a test or the orchestrator crashes.
const living = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of living) child.kill("SIGKILL");
});

/** The service's heap limit, as compose sets it, unless the caller's NODE_OPTIONS chooses one. */
export function heapLimitFlags(name: ServiceName, env: NodeJS.ProcessEnv): string[] {
  if (env.NODE_OPTIONS?.includes("--max-old-space-size")) return [];
  return [`--max-old-space-size=${heapLimitMiB(name)}`];
}

export class ServiceProcess {
  readonly pid: number;
  readonly exited: Promise<ExitStatus>;
  private readonly child: ChildProcess;
  private readonly tail: string[] = [];
  private exitStatus: ExitStatus | undefined;

  constructor(
    readonly name: ServiceName,
    env: NodeJS.ProcessEnv,
    onLine: (name: ServiceName, line: string) => void,
  ) {
    this.child = spawn(process.execPath, [...heapLimitFlags(name, env), "--import", "tsx", entryOf(name)], {
      cwd: projectRoot(),
      env,
      stdio: ["ignore", "pipe", "pipe"],
      // Own process group: a terminal Ctrl-C reaches only the orchestrator, which stops the gateway before the
      // subgraphs it calls. The exit hook above still kills children if the orchestrator dies.
      detached: true,
    });
    living.add(this.child);
    this.pid = this.child.pid ?? -1;
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on("line", (line) => {
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
        onLine(name, line);
      });
    }
    this.exited = new Promise((resolve) => {
      this.child.once("error", (error) => {
        this.tail.push(`spawn failed: ${error.message}`);
        this.exitStatus ??= { code: 1, signal: null };
        resolve(this.exitStatus);
      });
      this.child.once("exit", (code, signal) => {
        living.delete(this.child);
        this.exitStatus ??= { code, signal };
        resolve(this.exitStatus);
      });
    });
  }

  get running(): boolean {
    return this.exitStatus === undefined;
  }

  /** The last lines the service printed, for error messages. */
  recentOutput(): string {
    return this.tail.join("\n");
  }

  /** SIGTERM, wait for a clean exit, SIGKILL after `graceMs`. */
  async stop(graceMs: number): Promise<ExitStatus> {
    if (!this.running) return this.exited;
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}
