/**
 * docker-compose.yml run for real on the image the Dockerfile builds (prepared by `npm run test:containers`): every
 * registered operation answers as under `npm start`, only the gateway is reachable and only on loopback, a killed
 * subgraph degrades answers and comes back through its restart policy, `stop` drains every service to exit 0, and the
 * containers run as non-root on a read-only filesystem within their memory limits.
 */
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromProjectRoot, projectRoot } from "../../platform/projectRoot.js";
import { SUBGRAPH_NAMES } from "../../platform/serviceCatalog.js";
import { loadOperations } from "../../scripts/schema/registeredOperations.js";
import { loadCompose } from "../deploy/support/composeFile.js";
import { productionPackages } from "../deploy/support/productionBuild.js";
import { startFederation, type TestFederation } from "../support/federation.js";
import { type GraphQLResponse, postGraphQL } from "../support/subgraphHarness.js";
import { ComposeProject, containerRun } from "./support/composeProject.js";

const prepared = containerRun();
if (!prepared) throw new Error("run through `npm run test:containers`, which prepares the Docker engine and the image");
const settings = prepared;

const SERVICES = [...SUBGRAPH_NAMES, "gateway"];
const operations = loadOperations(fromProjectRoot()).operations;
const declared = loadCompose({ GATEWAY_SHARED_SECRETS: "x".repeat(32) }).services;
const project = new ComposeProject(settings);
let local: TestFederation | undefined;
let gatewayUrl = "";

/** Compose's `15s` / `1m30s` durations in milliseconds. */
function durationMs(text: string): number {
  const match = /^(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!match) throw new Error(`unexpected duration ${text}`);
  return (Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 1000;
}

function bytes(limit: string): number {
  const match = /^(\d+)([kmg])$/i.exec(limit);
  if (!match) throw new Error(`unexpected memory limit ${limit}`);
  return Number(match[1]) * 1024 ** ("kmg".indexOf((match[2] as string).toLowerCase()) + 1);
}

beforeAll(async () => {
  // The reference federation starts while the containers do: neither waits for the other.
  const reference = startFederation().then((federation) => {
    local = federation;
  });
  const started = Date.now();
  await project.up();
  await project.waitUntilHealthy(SERVICES);
  console.log(`containers | every service healthy ${((Date.now() - started) / 1000).toFixed(1)} s after compose up`);
  gatewayUrl = `http://127.0.0.1:${project.gatewayPort}/graphql`;
  await reference;
});

afterAll(async () => {
  await Promise.allSettled([local?.stop(), project.down()]);
});

/** Runs `command` in a throw-away container of the image, without network. */
async function inImage(...command: string[]): Promise<string[]> {
  const { output } = await project.docker(["run", "--rm", "--network=none", settings.image, ...command]);
  return output.trim().split("\n").filter(Boolean).sort();
}

const LIST_PACKAGES = `
const { readdirSync, existsSync } = require("node:fs");
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => {
  const path = dir + "/" + e.name;
  if (e.name.startsWith("@")) return walk(path);
  const nested = path + "/node_modules";
  return [path, ...(existsSync(nested) ? walk(nested) : [])];
});
console.log(walk("node_modules").join("\\n"));`;

describe("the image", () => {
  it("holds the production dependencies of the lockfile and nothing else", async () => {
    const installed = (await inImage("node", "-e", LIST_PACKAGES)).filter((path) => !path.endsWith("/.bin"));
    const wanted = productionPackages(projectRoot());
    const required = wanted.filter(([, entry]) => !entry.optional).map(([path]) => path);
    expect(installed).toEqual(expect.arrayContaining(required));
    expect(installed.filter((path) => !wanted.some(([wantedPath]) => wantedPath === path))).toEqual([]);
  });

  it("holds the built output and run-time data, no TypeScript sources or tests, one native binary", async () => {
    const files = await inImage("find", "/app", "-path", "/app/node_modules", "-prune", "-o", "-type", "f", "-print");
    expect(files).toContain("/app/dist/gateway/main.js");
    const data = /\.(yaml|yml|sql|graphql|json|txt)$/;
    const unexpected = files.filter((file) => !file.startsWith("/app/dist/") && !data.test(file));
    expect(unexpected).toEqual([]);
    expect(files.filter((file) => file.endsWith(".ts") || file.startsWith("/app/tests/"))).toEqual([]);
    expect(await inImage("find", "/app/node_modules/better-sqlite3/build", "-type", "f")).toEqual([
      "/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node",
    ]);
  });
});

describe("the compose topology on the built image", () => {
  it("answers every registered operation with the same JSON as npm start", async () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) {
      const query = print(operation.document);
      const [container, reference] = await Promise.all([
        postGraphQL(gatewayUrl, query),
        postGraphQL(local?.gatewayUrl ?? "", query),
      ]);
      expect(reference.errors, operation.name).toBeUndefined();
      expect(container, operation.name).toEqual(reference);
    }
  });

  it("publishes the gateway on loopback only; subgraphs on no host port, and refusing unsigned requests", async () => {
    const gateway = await project.inspect("gateway");
    expect(gateway.NetworkSettings.Ports["4000/tcp"]).toEqual([
      { HostIp: "127.0.0.1", HostPort: String(project.gatewayPort) },
    ]);
    for (const name of SUBGRAPH_NAMES) {
      const info = await project.inspect(name);
      const port = declared[name]?.expose?.[0];
      expect(Object.keys(info.Config.ExposedPorts), name).toContain(`${port}/tcp`);
      expect(
        Object.values(info.NetworkSettings.Ports).filter((bindings) => bindings?.length),
        name,
      ).toEqual([]);
      // Linux hosts reach every bridge network's containers by address, internal or not: the signature still guards.
      const [address] = Object.values(info.NetworkSettings.Networks).map((network) => network.IPAddress);
      const response = await fetch(`http://${address}:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status, name).toBe(401);
    }
  });

  it("runs every container as uid 1000 on a read-only root filesystem, with its memory and heap limits", async () => {
    for (const name of SERVICES) {
      const info = await project.inspect(name);
      expect(info.Config.User, name).toBe("1000:1000");
      expect(info.HostConfig.ReadonlyRootfs, name).toBe(true);
      expect(info.HostConfig.Memory, name).toBe(bytes((declared[name] as { mem_limit: string }).mem_limit));
      const heap = /--max-old-space-size=(\d+)/.exec(info.Config.Env.find((e) => e.startsWith("NODE_OPTIONS=")) ?? "");
      expect(Number(heap?.[1]) * 1024 * 1024, name).toBeLessThan(info.HostConfig.Memory);
      const id = (await project.docker(["exec", info.Id, "id", "-u"])).output.trim();
      expect(id, name).toBe("1000");
      const write = await project.docker(["exec", info.Id, "touch", "/app/written"], { allowFailure: true });
      expect(write.code, name).not.toBe(0);
      expect(write.output, name).toContain("Read-only file system");
    }
  });

  it("answers with partial data naming the subgraph while one is killed, and in full once its restart policy revived it", async () => {
    // diplomacy answers `country` and `region`; only the infrastructure field `priorityAreas` is null while that is down.
    const query = `{ country(code: "UY") { code name } region(handle: "latin-america") { name priorityAreas { nodes { kind } } } }`;
    const before = await project.crash("infrastructure");
    let partial: GraphQLResponse | undefined;
    let full: GraphQLResponse | undefined;
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && !full) {
      const answer = await postGraphQL(gatewayUrl, query);
      if (answer.errors) partial ??= answer;
      else if (partial) full = answer;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Refused (UNAVAILABLE) or, while the dead container's address still answers nothing, past the deadline (TIMEOUT).
    expect(partial?.errors?.[0]?.extensions?.code).toMatch(/^SUBGRAPH_(UNAVAILABLE|TIMEOUT)$/);
    expect(partial?.errors?.[0]?.extensions?.serviceName).toBe("infrastructure");
    expect(partial?.data).toEqual({
      country: { code: "UY", name: "Uruguay" },
      region: { name: "Latin America", priorityAreas: null },
    });
    expect(full?.errors).toBeUndefined();
    expect(full).toEqual(await postGraphQL(local?.gatewayUrl ?? "", query));
    const after = await project.inspect("infrastructure");
    expect(after.RestartCount).toBeGreaterThan(before.RestartCount);
    await project.waitUntilHealthy(SERVICES);
  });

  it("stops every container with exit code 0 within its grace period", async () => {
    const started = Date.now();
    await project.compose(["stop"]);
    for (const name of SERVICES) {
      const info = await project.inspect(name);
      expect(info.State.Running, name).toBe(false);
      // Compose sends SIGKILL once the grace period is over: exit code 0 (not 137) means the service drained in time.
      expect(info.State.ExitCode, name).toBe(0);
      expect(info.State.OOMKilled, name).toBe(false);
      const took = Date.parse(info.State.FinishedAt) - started;
      expect(took, name).toBeLessThan(durationMs(declared[name]?.stop_grace_period ?? "10s"));
    }
  });
});
