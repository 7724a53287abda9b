/** Debian's `docker-compose` (1.29), which validates a compose file against the Compose schema without an engine. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../../platform/projectRoot.js";

export const MISSING_DOCKER_COMPOSE =
  "docker-compose is not installed, so the compose file cannot be validated. Install it with " +
  "`apt-get install -y docker-compose` (.ci/run installs it when missing).";

export function hasDockerCompose(): boolean {
  return spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0;
}

/** Runs `docker-compose -f docker-compose.yml <args>` with exactly `env` (plus PATH). */
export function dockerCompose(args: string[], env: Record<string, string>): { status: number; output: string } {
  if (!hasDockerCompose()) throw new Error(MISSING_DOCKER_COMPOSE);
  // An empty env file: a developer's own .env must not change what the test sees.
  const dir = mkdtempSync(join(tmpdir(), "compose-env-"));
  try {
    writeFileSync(join(dir, ".env"), "");
    const result = spawnSync("docker-compose", ["--env-file", join(dir, ".env"), "-f", "docker-compose.yml", ...args], {
      cwd: projectRoot(),
      env: { PATH: process.env.PATH ?? "", ...env },
      encoding: "utf8",
    });
    return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
