/**
 * A throw-away dockerd for this run only: root, everything (data, exec root, socket, logs) under one temporary folder,
 * no iptables, no forwarding, no default bridge, so it changes nothing on the host. `stop()` ends it and removes every
 * mount and file it left; a run that was itself killed is cleaned up by the next one (cleanStaleRuns).
 */
import { type ChildProcess, spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { freemem, tmpdir } from "node:os";
import { join } from "node:path";
import { log, run, succeeds } from "./command.js";

/** Every run's folder lives here, so the next run can find what a killed one left behind. */
const RUNS_DIR = join(tmpdir(), "china-latam-federation-containers");
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const TMPFS_SIZE = "6g";
const TMPFS_MIN_FREE_BYTES = 8 * 1024 ** 3;

export interface PrivateDaemon {
  host: string;
  stop(): Promise<void>;
}

function dockerdArgs(dir: string): string[] {
  return [
    `--data-root=${join(dir, "data")}`,
    `--exec-root=${join(dir, "exec")}`,
    `--pidfile=${join(dir, "dockerd.pid")}`,
    `--host=unix://${join(dir, "docker.sock")}`,
    "--storage-driver=overlay2",
    "--iptables=false",
    "--ip-forward=false",
    "--ip-masq=false",
    "--bridge=none",
  ];
}

function alive(pid: number): boolean {
  return signal(pid, 0);
}

/** Sends `sig` to `pid`; false when there is no such process (any more). */
function signal(pid: number, sig: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return condition();
}

/** Processes whose command line names `dir`: that run's dockerd, its containerd and container shims. */
function processesOf(dir: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(dir);
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}

/** Mount points under `dir`, deepest first (overlay layers, container shm, exec-root/netns/default). */
function mountsUnder(dir: string): string[] {
  return readFileSync("/proc/self/mountinfo", "utf8")
    .split("\n")
    .map((line) => line.split(" ")[4]?.replace(/\\040/g, " ") ?? "")
    .filter((mountPoint) => mountPoint === dir || mountPoint.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
}

/** Removes every container and network the daemon still has: their host bridges outlive the daemon otherwise. */
async function emptyDaemon(dir: string): Promise<void> {
  const env = { ...process.env, DOCKER_HOST: `unix://${join(dir, "docker.sock")}` };
  const { output } = await run("docker", ["ps", "-aq"], { env, allowFailure: true, timeoutMs: 10_000 });
  const containers = output.split("\n").filter((id) => /^[0-9a-f]+$/.test(id));
  if (containers.length > 0) await run("docker", ["rm", "-f", ...containers], { env, allowFailure: true });
  await run("docker", ["network", "prune", "-f"], { env, allowFailure: true, timeoutMs: 30_000 });
}

/** Ends what a run left in `dir` (dockerd by its pid file first, so it stops its containers), then deletes it. */
async function tearDown(dir: string): Promise<void> {
  const pidFile = join(dir, "dockerd.pid");
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").trim()) : 0;
  if (pid > 0 && alive(pid)) {
    await emptyDaemon(dir);
    signal(pid, "SIGTERM");
    if (!(await waitUntil(() => !alive(pid), STOP_TIMEOUT_MS))) signal(pid, "SIGKILL");
  }
  for (const leftover of processesOf(dir)) signal(leftover, "SIGKILL");
  for (const mountPoint of mountsUnder(dir)) {
    const { code } = await run("umount", [mountPoint], { allowFailure: true });
    if (code !== 0) await run("umount", ["-l", mountPoint], { allowFailure: true });
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Removes what earlier runs left (a run killed before its own teardown), so CI can run twice on one machine. */
export async function cleanStaleRuns(): Promise<void> {
  if (!existsSync(RUNS_DIR)) return;
  for (const entry of readdirSync(RUNS_DIR)) {
    const owner = join(RUNS_DIR, entry, "owner.pid");
    if (existsSync(owner) && alive(Number(readFileSync(owner, "utf8")))) continue; // a run still in progress
    log(`removing the leftovers of an earlier run: ${join(RUNS_DIR, entry)}`);
    await tearDown(join(RUNS_DIR, entry));
  }
}

/**
 * Puts the run's folder on a tmpfs when memory allows: the build writes about 1.5 GB of layers, and deleting them from
 * a disk that discards on unlink takes minutes, while unmounting a tmpfs is instant.
 */
async function onTmpfs(dir: string): Promise<boolean> {
  if (freemem() < TMPFS_MIN_FREE_BYTES) return false;
  const { code } = await run("mount", ["-t", "tmpfs", "-o", `size=${TMPFS_SIZE},mode=0700`, "tmpfs", dir], {
    allowFailure: true,
  });
  return code === 0;
}

export async function startPrivateDaemon(): Promise<PrivateDaemon> {
  mkdirSync(RUNS_DIR, { recursive: true });
  const dir = mkdtempSync(join(RUNS_DIR, "run-"));
  const inMemory = await onTmpfs(dir);
  writeFileSync(join(dir, "owner.pid"), String(process.pid));
  const host = `unix://${join(dir, "docker.sock")}`;
  const logFile = join(dir, "dockerd.log");
  const out = openSync(logFile, "a");
  // Detached: Ctrl-C on the terminal reaches this script, which stops the daemon in order.
  const child: ChildProcess = spawn("dockerd", dockerdArgs(dir), { stdio: ["ignore", out, out], detached: true });
  child.unref();
  const stop = () => tearDown(dir);
  const answers = () => succeeds("docker", ["version"], { ...process.env, DOCKER_HOST: host });
  if (!(await waitUntil(() => child.exitCode === null && answers(), START_TIMEOUT_MS))) {
    const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-3000) : "";
    await stop();
    throw new Error(`the private dockerd did not answer within ${START_TIMEOUT_MS / 1000} s:\n${tail}`);
  }
  log(`private dockerd (pid ${child.pid}) answers at ${host}${inMemory ? " (data on a tmpfs)" : ""}`);
  return { host, stop };
}
