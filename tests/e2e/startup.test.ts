/**
 * `npm start` itself, as a newcomer runs it: it prints the gateway URL, the federation answers a query through the
 * gateway, and Ctrl-C (SIGINT to the terminal's process group) stops all four services cleanly with exit code 0.
 * A service that dies, or never starts, takes the whole run down with a non-zero exit and its output.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../platform/projectRoot.js";
import { freePort } from "../../scripts/federation/freePort.js";
import { postGraphQL } from "../support/subgraphHarness.js";

const SERVICES = ["diplomacy", "infrastructure", "finance", "gateway"] as const;

interface NpmStart {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  pids(): Record<(typeof SERVICES)[number], number>;
}

const started: ChildProcess[] = [];

async function npmStart(env: Record<string, string> = {}): Promise<NpmStart> {
  const ports = {
    GATEWAY_PORT: String(await freePort()),
    DIPLOMACY_PORT: String(await freePort()),
    INFRASTRUCTURE_PORT: String(await freePort()),
    FINANCE_PORT: String(await freePort()),
  };
  const child = spawn("npm", ["start"], {
    cwd: projectRoot(),
    env: { ...process.env, ...ports, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, like a terminal's foreground job
  });
  started.push(child);
  let output = "";
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      output += chunk;
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, timeoutMs = 110_000) => {
    const deadline = Date.now() + timeoutMs;
    let delay = 25;
    while (Date.now() < deadline) {
      const match = pattern.exec(output);
      if (match) return match;
      if (child.exitCode !== null)
        throw new Error(`npm start exited (${child.exitCode}) before ${pattern}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 250);
    }
    throw new Error(`npm start did not print ${pattern} within ${timeoutMs} ms:\n${output}`);
  };
  const pids = () =>
    Object.fromEntries(
      SERVICES.map((name) => [name, Number(new RegExp(`${name} pid (\\d+)`).exec(output)?.[1])]),
    ) as Record<(typeof SERVICES)[number], number>;
  return { child, output: () => output, exited, waitFor, pids };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterEach(() => {
  // Only after a failed assertion: take the whole group down.
  for (const child of started.splice(0)) {
    if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
  }
});

describe("npm start", () => {
  it("starts the federation, answers through the gateway, and stops all four processes on Ctrl-C", async () => {
    const run = await npmStart();
    const [, gatewayUrl] = await run.waitFor(/GraphQL\s+(http:\/\/\S+\/graphql)/);
    await run.waitFor(/press Ctrl-C to stop/, 5_000);
    const gatewayPort = new URL(gatewayUrl as string).port;
    expect(run.output()).toMatch(new RegExp(`Playground\\s+http://127\\.0\\.0\\.1:${gatewayPort}/`));
    const pids = run.pids();
    for (const name of SERVICES) expect(isRunning(pids[name]), `${name} running`).toBe(true);

    const response = await postGraphQL<{ article: { id: string; publisher: string } }>(
      gatewayUrl as string,
      "{ article { id publisher } }",
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.article.publisher).toMatch(/Southeast Asia Information Port/);

    // Ctrl-C in a terminal: SIGINT to the foreground process group.
    process.kill(-(run.child.pid as number), "SIGINT");
    expect(await run.exited).toBe(0);
    for (const name of SERVICES) {
      expect(run.output()).toMatch(new RegExp(`${name} stopped \\(exit code 0\\)`));
      expect(isRunning(pids[name]), `${name} still running`).toBe(false);
    }
  }, 150_000);

  it("stops the others and exits non-zero when a service dies", async () => {
    const run = await npmStart();
    await run.waitFor(/press Ctrl-C to stop/);
    const pids = run.pids();
    process.kill(pids.finance, "SIGKILL");
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/finance exited unexpectedly \(killed by SIGKILL\)/);
    for (const name of SERVICES) expect(isRunning(pids[name]), `${name} still running`).toBe(false);
  }, 150_000);

  it("fails fast with the service's own output when one cannot start", async () => {
    const run = await npmStart({ INFRASTRUCTURE_PORT: "not-a-port" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/INFRASTRUCTURE_PORT must be an integer/);
    expect(run.output()).not.toMatch(/press Ctrl-C to stop/);
  }, 150_000);

  it("fails fast when a subgraph exits during start-up, showing why", async () => {
    const run = await npmStart({ DIPLOMACY_DB_PATH: "/nonexistent-dir/diplomacy.db" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/diplomacy did not start: it exited with code 1/);
    expect(run.output()).toMatch(/--- last output of diplomacy ---/);
  }, 150_000);
});
