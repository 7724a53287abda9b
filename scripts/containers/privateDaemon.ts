/**
 * A private dockerd for this run only: root, its exec root, socket and logs under one temporary folder, no iptables, no
 * forwarding, no default bridge, so it changes nothing on the host. Its data (images, build cache) is kept between runs
 * (engineData.ts) unless another run holds it. `stop()` ends it and removes every mount and file of the run; a run that
 * was itself killed is cleaned up by the next one (cleanStaleRuns).
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
import { acquireEngineData, type EngineData } from "./engineData.js";
import { alive, signal } from "./pids.js";

/** Every run's folder lives here, so the next run can find what a killed one left behind. */
const RUNS_DIR = join(tmpdir(), "china-latam-federation-containers");
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const TMPFS_SIZE = "6g";
const TMPFS_MIN_FREE_BYTES = 8 * 1024 ** 3;
/** Build cache the kept data may hold after a run: the layers of one dependency set, with room for a second. */
const KEPT_BUILD_CACHE = "4gb";

export interface PrivateDaemon {
  host: string;
  stop(): Promise<void>;
}

function dockerdArgs(dir: string, dataRoot: string): string[] {
  return [
    `--data-root=${dataRoot}`,
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

async function unmountUnder(dir: string): Promise<void> {
  for (const mountPoint of mountsUnder(dir)) {
    const { code } = await run("umount", [mountPoint], { allowFailure: true });
    if (code !== 0) await run("umount", ["-l", mountPoint], { allowFailure: true });
  }
}

function daemonEnv(dir: string): NodeJS.ProcessEnv {
  return { ...process.env, DOCKER_HOST: `unix://${join(dir, "docker.sock")}` };
}

/** Removes every container and network the daemon still has: their host bridges outlive the daemon otherwise. */
async function emptyDaemon(dir: string): Promise<void> {
  const env = daemonEnv(dir);
  const { output } = await run("docker", ["ps", "-aq"], { env, allowFailure: true, timeoutMs: 10_000 });
  const containers = output.split("\n").filter((id) => /^[0-9a-f]+$/.test(id));
  if (containers.length > 0) await run("docker", ["rm", "-f", ...containers], { env, allowFailure: true });
  await run("docker", ["network", "prune", "-f"], { env, allowFailure: true, timeoutMs: 30_000 });
}

/** Bounds the kept data: images no tag names any more (earlier builds) go, and build cache beyond KEPT_BUILD_CACHE. */
async function pruneKeptData(dir: string): Promise<void> {
  const env = daemonEnv(dir);
  await run("docker", ["image", "prune", "-f"], { env, allowFailure: true, timeoutMs: 60_000 });
  await run("docker", ["builder", "prune", "-f", "--keep-storage", KEPT_BUILD_CACHE], {
    env,
    allowFailure: true,
    timeoutMs: 60_000,
  });
}

/**
 * Ends what a run left in `dir` (dockerd by its pid file first, so it stops its containers), then deletes it; the
 * kept data, when the run held it, is pruned and released instead.
 */
async function tearDown(dir: string, data?: EngineData): Promise<void> {
  const pidFile = join(dir, "dockerd.pid");
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").trim()) : 0;
  if (pid > 0 && alive(pid)) {
    await emptyDaemon(dir);
    if (data) await pruneKeptData(dir);
    signal(pid, "SIGTERM");
    if (!(await waitUntil(() => !alive(pid), STOP_TIMEOUT_MS))) signal(pid, "SIGKILL");
  }
  for (const leftover of processesOf(dir)) signal(leftover, "SIGKILL");
  await unmountUnder(dir);
  rmSync(dir, { recursive: true, force: true });
  if (data) {
    await unmountUnder(data.dir);
    data.release();
  }
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
  writeFileSync(join(dir, "owner.pid"), String(process.pid));
  const data = acquireEngineData();
  // Mounts a killed run's daemon left in the kept data (cleanStaleRuns has ended its processes).
  if (data) await unmountUnder(data.dir);
  const inMemory = !data && (await onTmpfs(dir));
  const host = `unix://${join(dir, "docker.sock")}`;
  const logFile = join(dir, "dockerd.log");
  const out = openSync(logFile, "a");
  const args = dockerdArgs(dir, data?.dir ?? join(dir, "data"));
  // Detached: Ctrl-C on the terminal reaches this script, which stops the daemon in order.
  const child: ChildProcess = spawn("dockerd", args, { stdio: ["ignore", out, out], detached: true });
  child.unref();
  const stop = () => tearDown(dir, data);
  const answers = () => succeeds("docker", ["version"], { ...process.env, DOCKER_HOST: host });
  if (!(await waitUntil(() => child.exitCode === null && answers(), START_TIMEOUT_MS))) {
    const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-3000) : "";
    await stop();
    throw new Error(`the private dockerd did not answer within ${START_TIMEOUT_MS / 1000} s:\n${tail}`);
  }
  const where = data ? `data kept in ${data.dir}` : inMemory ? "data on a tmpfs" : "data in its own folder";
  log(`private dockerd (pid ${child.pid}) answers at ${host} (${where})`);
  return { host, stop };
}
