/** Real service processes for deploy tests: spawn, wait for readiness, SIGTERM, collect the exit status. */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class ServiceProcess {
  readonly exited: Promise<ExitStatus>;
  private readonly child: ChildProcess;
  private log = "";
  private status: ExitStatus | undefined;

  constructor(
    readonly name: string,
    command: readonly string[],
    env: Record<string, string>,
    cwd: string,
  ) {
    const [program, ...args] = command;
    // `node` in a container command is this very Node binary here.
    this.child = spawn(program === "node" ? process.execPath : (program as string), args, {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout?.on("data", (chunk: Buffer) => {
      this.log += chunk.toString();
    });
    this.child.stderr?.on("data", (chunk: Buffer) => {
      this.log += chunk.toString();
    });
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code, signal) => {
        this.status = { code, signal };
        resolve(this.status);
      });
    });
  }

  get output(): string {
    return this.log;
  }

  get running(): boolean {
    return this.status === undefined;
  }

  terminate(): void {
    if (this.running) this.child.kill("SIGTERM");
  }

  /** Cleanup only: a test that needs SIGKILL has already failed. */
  kill(): void {
    if (this.running) this.child.kill("SIGKILL");
  }

  /** Polls `url` until it answers 200; fails early if the process exits. */
  async waitUntilReady(url: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running)
        throw new Error(`${this.name} exited before ready (${JSON.stringify(this.status)}):\n${this.log}`);
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        await response.body?.cancel();
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.name} not ready at ${url} within ${timeoutMs} ms:\n${this.log}`);
  }
}

/** Distinct free loopback ports, all held open together so none is handed out twice. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<import("node:net").Server>((resolve, reject) => {
          const server = createServer();
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as import("node:net").AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Runs a command to completion (e.g. a compose healthcheck), capturing its output. */
export function runCommand(
  command: readonly string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<ExitStatus & { output: string }> {
  return new Promise((resolve, reject) => {
    const [program, ...args] = command;
    const child = spawn(program === "node" ? process.execPath : (program as string), args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 30_000,
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve({ code, signal, output }));
  });
}
