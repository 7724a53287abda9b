/**
 * The Docker engine the container test uses: one that already runs (DOCKER_HOST, or the default socket), otherwise a
 * private dockerd started for this run when the machine allows it (Linux, root, Debian packages), otherwise none.
 */
import { existsSync } from "node:fs";
import { canInstallPackages, ensurePrograms, hasProgram } from "./aptPackages.js";
import { log, succeeds } from "./command.js";
import { cleanStaleRuns, startPrivateDaemon } from "./privateDaemon.js";

const DEFAULT_SOCKET = "/var/run/docker.sock";

export interface DockerEngine {
  /** DOCKER_HOST for every docker and compose command of this run. */
  host: string;
  /** Which path was taken, for the log. */
  description: string;
  stop(): Promise<void>;
}

function answers(host: string): boolean {
  return hasProgram("docker") && succeeds("docker", ["version"], { ...process.env, DOCKER_HOST: host });
}

/** The running engine to use, if any. */
function runningEngine(): DockerEngine | undefined {
  const fromEnv = process.env.DOCKER_HOST;
  if (fromEnv) {
    if (answers(fromEnv))
      return { host: fromEnv, description: `the engine at DOCKER_HOST=${fromEnv}`, stop: async () => {} };
    log(`DOCKER_HOST=${fromEnv} does not answer`);
  }
  const socket = `unix://${DEFAULT_SOCKET}`;
  if (existsSync(DEFAULT_SOCKET) && answers(socket)) {
    return { host: socket, description: `the running engine at ${DEFAULT_SOCKET}`, stop: async () => {} };
  }
  return undefined;
}

/** Why no engine can be had here, or undefined when a private one can be started. */
function privateEngineUnavailable(): string | undefined {
  if (process.platform !== "linux")
    return `no Docker engine answers, and a private one needs Linux (this is ${process.platform})`;
  if (hasProgram("dockerd") && process.getuid?.() === 0) return undefined;
  if (!canInstallPackages()) return "no Docker engine answers, and starting a private one needs root and apt-get";
  return undefined;
}

export type EngineChoice = { engine: DockerEngine } | { unavailable: string };

export async function findOrStartEngine(): Promise<EngineChoice> {
  const running = runningEngine();
  if (running) return { engine: running };
  const unavailable = privateEngineUnavailable();
  if (unavailable) return { unavailable };
  await ensurePrograms(["dockerd", "docker"]);
  await cleanStaleRuns();
  const daemon = await startPrivateDaemon();
  return { engine: { host: daemon.host, description: "a private dockerd started for this run", stop: daemon.stop } };
}
