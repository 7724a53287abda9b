/** docker-compose.yml and deploy/router.yaml: validated by docker-compose itself, then checked as a topology. */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { heapLimitMiB, SUBGRAPH_NAMES, type SubgraphName } from "../../platform/serviceCatalog.js";
import { type ComposeService, loadCompose } from "./support/composeFile.js";
import { dockerCompose } from "./support/dockerCompose.js";
import { freePorts, runCommand } from "./support/services.js";

const SECRET = "compose-test-secret-0123456789";
const compose = loadCompose({ GATEWAY_SHARED_SECRETS: SECRET });
const services = compose.services;
const subgraphNames = SUBGRAPH_NAMES;
const defaultProfile = Object.entries(services).filter(([, service]) => !service.profiles);
const routerProfile = Object.entries(services).filter(([, service]) => service.profiles?.includes("router"));
const nodeServices = Object.entries(services).filter(([, service]) => service.command?.[0] === "node");

function service(name: string): ComposeService {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
}

/** The port a Node service listens on: its `*_PORT` variable. */
function listenPort(svc: ComposeService): string {
  const entry = Object.entries(svc.environment ?? {}).find(([name]) => name.endsWith("_PORT"));
  if (!entry) throw new Error("service has no *_PORT variable");
  return entry[1];
}

function supergraphGraphNames(): string[] {
  const sdl = readFileSync(fromProjectRoot("schema", "supergraph.graphql"), "utf8");
  return [...sdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((match) => match[1] as string).sort();
}

describe("docker-compose validates the file", () => {
  it("accepts the default services and the router profile", () => {
    for (const args of [
      ["config", "-q"],
      ["--profile", "router", "config", "-q"],
    ]) {
      const result = dockerCompose(args, { GATEWAY_SHARED_SECRETS: SECRET });
      expect(result.output, `docker-compose ${args.join(" ")}`).toBe("");
      expect(result.status).toBe(0);
    }
  });

  it("refuses to run without GATEWAY_SHARED_SECRETS, and says which variable is missing", () => {
    const result = dockerCompose(["config", "-q"], {});
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("GATEWAY_SHARED_SECRETS");
  });

  it("resolves commands, environments and healthchecks exactly as this test suite reads them", () => {
    const result = dockerCompose(["--profile", "router", "--profile", "observability", "config"], {
      GATEWAY_SHARED_SECRETS: SECRET,
    });
    expect(result.status).toBe(0);
    const resolved = parse(result.output) as { services: Record<string, ComposeService> };
    expect(Object.keys(resolved.services).sort()).toEqual(Object.keys(services).sort());
    for (const [name, svc] of Object.entries(services)) {
      const theirs = resolved.services[name] as ComposeService;
      expect(theirs.command, name).toEqual(svc.command);
      expect(theirs.environment, name).toEqual(svc.environment);
      expect(theirs.healthcheck?.test, name).toEqual(svc.healthcheck?.test);
    }
  });
});

describe("topology", () => {
  it("runs one container per subgraph plus the gateway by default", () => {
    expect(defaultProfile.map(([name]) => name).sort()).toEqual([...subgraphNames, "gateway"].sort());
  });

  it("publishes only the gateway's port (and, in the router profile, only the router's)", () => {
    const publishers = (entries: [string, ComposeService][]) =>
      entries.filter(([, svc]) => (svc.ports ?? []).length > 0).map(([name]) => name);
    expect(publishers(defaultProfile)).toEqual(["gateway"]);
    expect(publishers(routerProfile)).toEqual(["router"]);
    expect(service("gateway").ports).toEqual([`127.0.0.1:4000:${listenPort(service("gateway"))}`]);
    expect(service("router").ports).toEqual(["127.0.0.1:4100:4000"]);
  });

  it("keeps the subgraphs on an internal network only, which the gateway also joins", () => {
    expect(compose.networks.internal?.internal).toBe(true);
    for (const name of subgraphNames) expect(service(name).networks, name).toEqual(["internal"]);
    const gatewayNetworks = service("gateway").networks ?? [];
    expect(gatewayNetworks).toContain("internal");
    // Published ports need a network with a route out.
    expect(gatewayNetworks.some((network) => compose.networks[network]?.internal !== true)).toBe(true);
  });

  it("gives every service a healthcheck in exec form, and Node services probe their own /ready", () => {
    // The OpenTelemetry Collector image is distroless: nothing inside it can probe; compose says so explicitly.
    const unprobeable = ["otel-collector"];
    for (const name of unprobeable) expect(service(name).healthcheck, name).toEqual({ test: ["NONE"] });
    for (const [name, svc] of Object.entries(services).filter(([name]) => !unprobeable.includes(name))) {
      expect(svc.healthcheck?.test?.[0], name).toBe("CMD");
      expect(svc.healthcheck?.interval, name).toBeDefined();
      expect(svc.healthcheck?.start_period, name).toBeDefined();
    }
    for (const [name, svc] of nodeServices) {
      expect(svc.healthcheck?.test, name).toEqual([
        "CMD",
        "node",
        "dist/deploy/healthcheck.js",
        `http://127.0.0.1:${listenPort(svc)}/ready`,
      ]);
    }
  });

  it("starts the gateway and the router only once every subgraph is healthy", () => {
    for (const name of ["gateway", "router"]) {
      const dependsOn = service(name).depends_on ?? {};
      for (const subgraph of subgraphNames) expect(Object.keys(dependsOn), name).toContain(subgraph);
      for (const dependency of Object.values(dependsOn)) expect(dependency.condition).toBe("service_healthy");
    }
    expect(Object.keys(service("gateway").depends_on ?? {}).sort()).toEqual([...subgraphNames].sort());
  });

  it("restarts every service and gives it longer to stop than its shutdown timeout", () => {
    for (const [name, svc] of Object.entries(services)) {
      expect(["always", "unless-stopped", "on-failure"], name).toContain(svc.restart);
      expect(svc.stop_grace_period, name).toMatch(/^\d+s$/);
      const graceMs = Number.parseInt(svc.stop_grace_period ?? "0", 10) * 1000;
      const shutdownMs = Number(svc.environment?.SHUTDOWN_TIMEOUT_MS ?? 10_000);
      expect(graceMs, name).toBeGreaterThan(shutdownMs);
    }
  });

  it("runs Node services from compiled output in production mode, as a read-only container", () => {
    for (const [name, svc] of nodeServices) {
      const entry = svc.command?.[1] ?? "";
      expect(svc.command, name).toHaveLength(2);
      expect(entry, name).toMatch(/^dist\/.+\.js$/);
      expect(existsSync(fromProjectRoot(entry.replace(/^dist\//, "").replace(/\.js$/, ".ts"))), entry).toBe(true);
      expect(svc.environment?.NODE_ENV, name).toBe("production");
      expect(svc.environment?.GATEWAY_SHARED_SECRETS, name).toBe(SECRET);
      expect(svc.read_only, name).toBe(true);
      expect(svc.image, name).toBe(service("gateway").image);
    }
    for (const [name, svc] of nodeServices) expect(svc.environment?.HOST, name).toBe("0.0.0.0");
  });

  it("limits every Node service's memory, with Node's heap limit at about three quarters of it", () => {
    for (const [name, svc] of nodeServices) {
      const limit = /^(\d+)m$/.exec(svc.mem_limit ?? "");
      const heap = /^--max-old-space-size=(\d+)$/.exec(svc.environment?.NODE_OPTIONS ?? "");
      expect(limit, `${name} mem_limit`).not.toBeNull();
      expect(heap, `${name} NODE_OPTIONS`).not.toBeNull();
      if (name === "gateway" || (SUBGRAPH_NAMES as readonly string[]).includes(name)) {
        expect(Number(heap?.[1]), `${name}: the heap limit npm start sets`).toBe(heapLimitMiB(name as SubgraphName));
      }
      const ratio = Number(heap?.[1]) / Number(limit?.[1]);
      expect(ratio, name).toBeGreaterThanOrEqual(0.6);
      expect(ratio, name).toBeLessThanOrEqual(0.8);
    }
  });

  it("points the gateway at each subgraph by service name and port, with the committed supergraph", () => {
    const env = service("gateway").environment ?? {};
    for (const name of subgraphNames) {
      expect(env[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${listenPort(service(name))}/graphql`);
    }
    expect(env.GATEWAY_SUPERGRAPH_SOURCE).toBe("file");
    expect(env.GATEWAY_SCHEMA_VARIANT).toBe("public");
    expect(env.SUPERGRAPH_PATH).toBeUndefined();
  });
});

describe("router profile", () => {
  const router = service("router");
  const signer = service("router-signer");
  const routerConfig = parse(readFileSync(fromProjectRoot("deploy", "router.yaml"), "utf8"));

  it("pins an Apollo Router v2 image and mounts the committed supergraph and deploy/router.yaml", () => {
    expect(router.image).toMatch(/^ghcr\.io\/apollographql\/router:v2\.\d+\.\d+$/);
    expect(router.volumes).toContain("./deploy/router.yaml:/dist/config/router.yaml:ro");
    expect(router.volumes).toContain("./schema/supergraph.graphql:/dist/schema/supergraph.graphql:ro");
    expect(router.command).toEqual([
      "--config",
      "/dist/config/router.yaml",
      "--supergraph",
      "/dist/schema/supergraph.graphql",
    ]);
    expect(router.environment?.APOLLO_TELEMETRY_DISABLED).toBe("true");
  });

  it("listens where compose publishes, with introspection, sandbox and telemetry off", () => {
    const containerPort = (router.ports?.[0] ?? "").split(":").at(-1);
    expect(routerConfig.supergraph.listen).toBe(`0.0.0.0:${containerPort}`);
    expect(routerConfig.supergraph.introspection).toBe(false);
    expect(routerConfig.sandbox.enabled).toBe(false);
    expect(routerConfig.homepage.enabled).toBe(false);
    expect(routerConfig.telemetry.apollo.field_level_instrumentation_sampler).toBe("always_off");
    expect(routerConfig.telemetry.exporters.tracing.common.sampler).toBe("always_off");
    expect(routerConfig.health_check).toMatchObject({ enabled: true, listen: "0.0.0.0:8088", path: "/health" });
    expect(router.healthcheck?.test?.at(-1)).toContain("/dev/tcp/127.0.0.1/8088");
    expect(router.healthcheck?.test?.at(-1)).toContain("GET /health?ready ");
  });

  it("sends every subgraph of the supergraph through the signing proxy, which only the internal network reaches", () => {
    expect(signer.networks).toEqual(["internal"]);
    expect(signer.ports).toBeUndefined();
    expect(router.depends_on?.["router-signer"]?.condition).toBe("service_healthy");
    const signerPort = signer.environment?.SIGNER_PORT;
    const overridden = Object.keys(routerConfig.override_subgraph_url).sort();
    expect(overridden).toEqual([...subgraphNames].sort());
    // A graph without an override would be called at the loopback URL baked into the supergraph: nothing there.
    for (const graph of supergraphGraphNames()) expect(overridden).toContain(graph);
    for (const [name, url] of Object.entries(routerConfig.override_subgraph_url)) {
      expect(url).toBe(`http://router-signer:${signerPort}/${name}/graphql`);
    }
    for (const name of subgraphNames) {
      const variable = `${name.toUpperCase()}_URL`;
      expect(signer.environment?.[variable]).toBe(service("gateway").environment?.[variable]);
    }
  });
});

describe("router healthcheck command (bash, no curl in the router image)", () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  async function fake(status: number, body: string): Promise<number> {
    const server = createServer((_req, res) => res.writeHead(status, { "content-type": "application/json" }).end(body));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return (server.address() as AddressInfo).port;
  }

  /** The compose healthcheck with the router's health port moved to a test port. */
  async function runHealthcheck(routerHealthPort: number) {
    const [, ...command] = service("router").healthcheck?.test ?? [];
    const script = (command.at(-1) ?? "").replace("/dev/tcp/127.0.0.1/8088", `/dev/tcp/127.0.0.1/${routerHealthPort}`);
    return runCommand([...command.slice(0, -1), script], {
      cwd: fromProjectRoot(),
      env: { PATH: process.env.PATH ?? "" },
    });
  }

  it("passes when the router reports ready", async () => {
    const result = await runHealthcheck(await fake(200, '{"status":"UP"}'));
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  });

  it("fails when the router is not ready or nothing listens", async () => {
    const [closed] = await freePorts(1);
    const down = await runHealthcheck(await fake(503, '{"status":"DOWN"}'));
    const nothing = await runHealthcheck(closed as number);
    expect(down.code).not.toBe(0);
    expect(nothing.code).not.toBe(0);
  });
});
