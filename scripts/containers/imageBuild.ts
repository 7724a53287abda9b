/**
 * `docker build` of the project image with BuildKit (the Dockerfile mounts the optional `npm_ca` secret): with the
 * host's network, and with the CA bundle this machine's npm trusts, so `npm ci` works behind a TLS-re-signing proxy.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fromProjectRoot, projectRoot } from "../../platform/projectRoot.js";
import { ensurePrograms } from "./aptPackages.js";
import { log, run } from "./command.js";

/** The docker CLI from Debian's docker.io (20.10), which builds with BuildKit without the buildx plugin. */
const DEBIAN_DOCKER_CLI = "/usr/bin/docker";

/** The base image the Dockerfile's FROM names by default (its global `ARG NODE_IMAGE`). */
export function dockerfileBaseImage(): string {
  const text = readFileSync(fromProjectRoot("Dockerfile"), "utf8");
  const match = /^ARG NODE_IMAGE=(\S+)$/m.exec(text);
  if (!match) throw new Error("the Dockerfile declares no default NODE_IMAGE");
  return match[1] as string;
}

function builds(cli: string): boolean {
  if (spawnSync(cli, ["buildx", "version"], { stdio: "ignore" }).status === 0) return true;
  // Before Docker 23 the CLI carried its own BuildKit client (DOCKER_BUILDKIT=1); later ones need buildx.
  const version = spawnSync(cli, ["version", "--format", "{{.Client.Version}}"], { encoding: "utf8" }).stdout ?? "";
  return Number(version.split(".")[0]) > 0 && Number(version.split(".")[0]) < 23;
}

/** A docker CLI that can build with BuildKit: the one on PATH, else Debian's (installed when needed). */
async function buildKitCli(): Promise<string> {
  if (builds("docker")) return "docker";
  if (!existsSync(DEBIAN_DOCKER_CLI)) await ensurePrograms(["dockerd"]);
  if (existsSync(DEBIAN_DOCKER_CLI) && builds(DEBIAN_DOCKER_CLI)) return DEBIAN_DOCKER_CLI;
  throw new Error("no docker CLI here builds with BuildKit: install the buildx plugin");
}

/** The CA bundle npm trusts on this machine (its `cafile` setting), if one is set. */
export function npmCaBundle(): string | undefined {
  const cafile = execFileSync("npm", ["config", "get", "cafile"], { cwd: projectRoot(), encoding: "utf8" }).trim();
  return cafile && cafile !== "null" && existsSync(cafile) ? cafile : undefined;
}

export async function buildImage(image: string, env: NodeJS.ProcessEnv): Promise<void> {
  const cli = await buildKitCli();
  const ca = npmCaBundle();
  log(
    `building ${image} with ${cli} (BuildKit, --network=host)${ca ? `, npm's CA bundle ${ca} as the npm_ca secret` : ""}`,
  );
  const args = ["build", "--network=host", "--progress=plain", "--tag", image];
  if (ca) args.push("--secret", `id=npm_ca,src=${ca}`);
  await run(cli, [...args, "."], { cwd: projectRoot(), env: { ...env, DOCKER_BUILDKIT: "1" } });
}
