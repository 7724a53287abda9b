/**
 * One compose project of docker-compose.yml on the engine `npm run test:containers` prepared (DOCKER_HOST), with a
 * generated secret and the gateway published on 127.0.0.1 only; a random project name keeps it apart from any other.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../../platform/projectRoot.js";
import { type CommandResult, run } from "../../../scripts/containers/command.js";
import { parseComposeLabel } from "../../../scripts/containers/compose.js";
import { freePort } from "../../../scripts/federation/freePort.js";

/** What the runner hands over; absent when the file is run outside `npm run test:containers`. */
export function containerRun(): { dockerHost: string; image: string; compose: string } | undefined {
  const { DOCKER_HOST, CONTAINERS_IMAGE, CONTAINERS_COMPOSE } = process.env;
  if (!DOCKER_HOST || !CONTAINERS_IMAGE || !CONTAINERS_COMPOSE) return undefined;
  return { dockerHost: DOCKER_HOST, image: CONTAINERS_IMAGE, compose: CONTAINERS_COMPOSE };
}

/** The parts of `docker inspect` the checks read. */
export interface ContainerInfo {
  Id: string;
  RestartCount: number;
  State: {
    Running: boolean;
    ExitCode: number;
    OOMKilled: boolean;
    Pid: number;
    FinishedAt: string;
    Health?: { Status: string };
  };
  Config: { User: string; Env: string[]; ExposedPorts: Record<string, unknown> };
  HostConfig: { ReadonlyRootfs: boolean; Memory: number; RestartPolicy: { Name: string } };
  NetworkSettings: {
    Ports: Record<string, { HostIp: string; HostPort: string }[] | null>;
    Networks: Record<string, { IPAddress: string }>;
  };
}

export class ComposeProject {
  readonly name = `containers-test-${randomBytes(4).toString("hex")}`;
  readonly secret = randomBytes(32).toString("hex");
  gatewayPort = 0;
  private readonly envDir = mkdtempSync(join(tmpdir(), "compose-env-"));
  private readonly dockerEnv: NodeJS.ProcessEnv;

  constructor(private readonly settings: { dockerHost: string; image: string; compose: string }) {
    this.dockerEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_HOST: settings.dockerHost };
    // An empty env file: a developer's own .env must not change what the test runs.
    writeFileSync(join(this.envDir, ".env"), "");
  }

  /** `docker compose up -d`: the image is already built, so nothing is built here. */
  async up(): Promise<void> {
    this.gatewayPort = await freePort();
    await this.compose(["up", "-d", "--no-build"]);
  }

  compose(args: readonly string[], timeoutMs = 180_000): Promise<CommandResult> {
    const [image, tag] = this.settings.image.split(":");
    const cli = parseComposeLabel(this.settings.compose);
    const env = {
      ...this.dockerEnv,
      GATEWAY_SHARED_SECRETS: this.secret,
      PUBLISHED_ADDRESS: "127.0.0.1",
      GATEWAY_PUBLISHED_PORT: String(this.gatewayPort),
      IMAGE_NAME: image,
      IMAGE_TAG: tag,
    };
    const composeArgs = ["--env-file", join(this.envDir, ".env"), "-f", "docker-compose.yml", "-p", this.name];
    return run(cli.program, [...cli.prefix, ...composeArgs, ...args], { cwd: projectRoot(), env, timeoutMs });
  }

  docker(args: readonly string[], options: { allowFailure?: boolean } = {}): Promise<CommandResult> {
    return run("docker", args, { env: this.dockerEnv, timeoutMs: 60_000, ...options });
  }

  async containerId(service: string): Promise<string> {
    const id = (await this.compose(["ps", "-q", service])).output.trim();
    if (!id) throw new Error(`compose project ${this.name} has no ${service} container`);
    return id;
  }

  async inspect(service: string): Promise<ContainerInfo> {
    const { output } = await this.docker(["inspect", await this.containerId(service)]);
    return (JSON.parse(output) as ContainerInfo[])[0] as ContainerInfo;
  }

  /**
   * Ends a service's process with SIGKILL from the host, as a crash or the OOM killer would: the restart policy
   * applies (`docker kill` would count as a deliberate stop, which `unless-stopped` honours). Needs the engine on this
   * host; the pid is checked to belong to the container before it is signalled.
   */
  async crash(service: string): Promise<ContainerInfo> {
    const info = await this.inspect(service);
    const cgroup = readFileSync(`/proc/${info.State.Pid}/cgroup`, "utf8");
    if (!cgroup.includes(info.Id)) throw new Error(`pid ${info.State.Pid} is not ${service}'s (is the engine remote?)`);
    process.kill(info.State.Pid, "SIGKILL");
    return info;
  }

  /** Polls until every service reports `healthy`; fails with the compose logs when one does not in time. */
  async waitUntilHealthy(services: readonly string[], timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let states: string[] = [];
    while (Date.now() < deadline) {
      states = await Promise.all(services.map(async (s) => (await this.inspect(s)).State.Health?.Status ?? "none"));
      if (states.every((state) => state === "healthy")) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const logs = (await this.compose(["logs", "--no-color", "--tail=40"])).output;
    throw new Error(
      `not healthy within ${timeoutMs} ms: ${services.map((s, i) => `${s}=${states[i]}`).join(", ")}\n${logs}`,
    );
  }

  /** Removes the project's containers and networks, then the env file; safe to call after a failure. */
  async down(): Promise<void> {
    try {
      await this.compose(["down", "--volumes", "--remove-orphans", "--timeout", "20"]);
    } finally {
      rmSync(this.envDir, { recursive: true, force: true });
    }
  }
}
