/**
 * `npm run test:containers`: the image built and the compose topology run for real. Finds or starts a Docker engine,
 * provides the Dockerfile's base image, builds the project image, runs tests/containers/ against the containers, and
 * tears down whatever it started, even on failure. Skips (exit 0) only where no engine can be had, and says so.
 */
import { spawn } from "node:child_process";
import { asksForHelpOnly } from "../../platform/commandLine.js";
import { projectRoot } from "../../platform/projectRoot.js";
import { ensureBaseImage } from "./baseImage.js";
import { log, run, seconds } from "./command.js";
import { composeLabel, ensureCompose } from "./compose.js";
import { type DockerEngine, findOrStartEngine } from "./engine.js";
import { buildImage, dockerfileBaseImage } from "./imageBuild.js";

const USAGE = `Usage: npm run test:containers [-- --help]
  Builds the Docker image and runs docker-compose.yml's services against tests/containers/.
  Uses the engine at DOCKER_HOST or /var/run/docker.sock; without one, as root on Linux, installs Debian's docker.io
  (and docker-compose, debootstrap) and starts a private dockerd under a temporary folder for this run only.
  Builds a local stand-in for the Dockerfile's base image when it cannot be pulled (cached under ~/.cache).
  Environment: IMAGE_NAME, IMAGE_TAG (default china-latam-federation:local), as in docker-compose.yml.`;

function runTests(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["vitest", "run", "--config", "tests/containers/vitest.config.ts"], {
      cwd: projectRoot(),
      env,
      stdio: "inherit",
    });
    child.once("close", (code) => resolve(code ?? 1));
  });
}

async function imageSize(image: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { output } = await run("docker", ["image", "inspect", "--format", "{{.Size}}", image], { env });
  return `${(Number(output.trim()) / 1e6).toFixed(0)} MB`;
}

async function testContainers(engine: DockerEngine, timings: string[]): Promise<number> {
  const env = { ...process.env, DOCKER_HOST: engine.host };
  const compose = await ensureCompose();
  log(`compose: ${composeLabel(compose)}`);
  const image = `${process.env.IMAGE_NAME || "china-latam-federation"}:${process.env.IMAGE_TAG || "local"}`;

  let started = Date.now();
  log(`base image: ${await ensureBaseImage(dockerfileBaseImage(), env)}`);
  timings.push(`base image ${seconds(started)}`);

  started = Date.now();
  await buildImage(image, env);
  timings.push(`image build ${seconds(started)}`);
  log(`built ${image}: ${await imageSize(image, env)}`);

  started = Date.now();
  const code = await runTests({ ...env, CONTAINERS_IMAGE: image, CONTAINERS_COMPOSE: composeLabel(compose) });
  timings.push(`tests ${seconds(started)}`);
  return code;
}

async function main(): Promise<number> {
  if (asksForHelpOnly(process.argv.slice(2), "test:containers")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const started = Date.now();
  const choice = await findOrStartEngine();
  if ("unavailable" in choice) {
    log(`SKIPPED: container tests not run: ${choice.unavailable}`);
    return 0;
  }
  const { engine } = choice;
  log(`Docker engine: ${engine.description}`);
  let stopping = false;
  const stopOnSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ${engine.description}`);
    void engine.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  const timings: string[] = [];
  try {
    return await testContainers(engine, timings);
  } finally {
    if (!stopping) {
      await engine.stop();
      log(`timings: ${[...timings, `whole run ${seconds(started)}`].join(", ")}`);
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    log(`FAILED: ${error.message}`);
    process.exit(1);
  },
);
