/**
 * Production mode end to end, without Docker: `npm run build`, a copy laid out like the image (runtime files plus
 * production dependencies only), the services started from compiled output with the commands and environment of
 * docker-compose.yml, a federated query, and the drain on SIGTERM in the order `docker compose stop` uses.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { SUBGRAPH_NAMES } from "../../platform/serviceCatalog.js";
import { signedHeaders } from "../support/signedRequest.js";
import { loadCompose } from "./support/composeFile.js";
import { parseDockerfile, stageEnv } from "./support/dockerfile.js";
import { startInFlightRequest } from "./support/inFlightRequest.js";
import { makeProductionCopy, type ProductionCopy } from "./support/productionBuild.js";
import { type LocalService, localServices } from "./support/productionStack.js";
import { runCommand, ServiceProcess } from "./support/services.js";

const SECRET = randomBytes(24).toString("hex");
const SIGNER_TOKEN = randomBytes(24).toString("hex");
const CROSS_SUBGRAPH_QUERY = /* GraphQL */ `
  query CountryAcrossSubgraphs($code: CountryCode!) {
    country(code: $code) {
      name
      headsOfState { name }
      infrastructureProjects { nodes { name status } }
      region { name financialMechanisms { nodes { name } } }
    }
  }
`;

interface CountryData {
  country: {
    name: string;
    headsOfState: { name: string }[];
    infrastructureProjects: { nodes: { name: string; status: string }[] };
    region: { name: string; financialMechanisms: { nodes: { name: string }[] } } | null;
  } | null;
}

/** Every subgraph contributes: diplomacy the country and region, infrastructure its projects, finance mechanisms. */
function expectCountryAcrossSubgraphs(body: string): void {
  const result = JSON.parse(body) as { data?: CountryData; errors?: unknown[] };
  expect(result.errors).toBeUndefined();
  const country = result.data?.country;
  expect(country?.name).toBe("Uruguay");
  expect(country?.headsOfState.length).toBeGreaterThan(0);
  expect(country?.infrastructureProjects.nodes.length).toBeGreaterThan(0);
  expect(country?.region?.financialMechanisms.nodes.length).toBeGreaterThan(0);
}

let copy: ProductionCopy | undefined;
let local: Record<string, LocalService> = {};
let localUrl: (url: string) => string = (url) => url;
const processes = new Map<string, ServiceProcess>();

function start(name: string): ServiceProcess {
  const service = local[name] as LocalService;
  const process = new ServiceProcess(name, service.command, service.env, (copy as ProductionCopy).dir);
  processes.set(name, process);
  return process;
}

function running(name: string): ServiceProcess {
  const process = processes.get(name);
  if (!process) throw new Error(`${name} was not started`);
  return process;
}

beforeAll(async () => {
  copy = makeProductionCopy();
  const compose = loadCompose({ GATEWAY_SHARED_SECRETS: SECRET, SIGNER_TOKEN });
  const imageEnv = stageEnv(parseDockerfile(), "runtime");
  ({ services: local, localUrl } = await localServices(
    compose.services,
    [...SUBGRAPH_NAMES, "gateway", "router-signer"],
    imageEnv,
  ));
  const subgraphs = SUBGRAPH_NAMES.map(start);
  await Promise.all(subgraphs.map((process) => process.waitUntilReady(`${local[process.name]?.origin}/ready`)));
  await start("gateway").waitUntilReady(`${local.gateway?.origin}/ready`);
}, 240_000);

afterAll(() => {
  for (const process of processes.values()) process.kill();
  copy?.remove();
});

describe("production copy", () => {
  it("holds compiled code, runtime data and production dependencies only", () => {
    const files = copy?.files ?? [];
    expect(files.filter((file) => /\.tsx?$/.test(file))).toEqual([]);
    expect(files).toContain("dist/gateway/main.js");
    expect(files).toContain("schema/supergraph.graphql");
    expect(files).toContain("dist/playground/index.html");
    for (const devOnly of ["tsx", "typescript", "vite", "vitest", "@biomejs/biome"]) {
      expect(existsSync(join(copy?.dir ?? "", "node_modules", devOnly)), devOnly).toBe(false);
    }
    expect(existsSync(join(copy?.dir ?? "", "node_modules", "better-sqlite3"))).toBe(true);
  });
});

describe("services started as compose starts them", () => {
  it("runs every Node service with plain node in production mode", () => {
    for (const name of [...SUBGRAPH_NAMES, "gateway"]) {
      const service = local[name] as LocalService;
      expect(service.command[0], name).toBe("node");
      expect(service.command.slice(1).join(" "), name).not.toMatch(/tsx|--import|--loader/);
      expect(service.env.NODE_ENV, name).toBe("production");
      expect(running(name).output, name).not.toContain("development only");
    }
  });

  it("passes each service's compose healthcheck command", async () => {
    const names = [...SUBGRAPH_NAMES, "gateway"];
    const results = await Promise.all(
      names.map((name) => {
        const service = local[name] as LocalService;
        return runCommand(service.healthcheck, { cwd: copy?.dir ?? "", env: service.env });
      }),
    );
    for (const [index, result] of results.entries()) {
      expect(result.output, names[index]).toBe("");
      expect(result.code, names[index]).toBe(0);
    }
  });

  it("fails the healthcheck command when the service is not there", async () => {
    const service = local["router-signer"] as LocalService; // not started yet
    const result = await runCommand(service.healthcheck, { cwd: copy?.dir ?? "", env: service.env });
    expect(result.code).toBe(1);
    expect(result.output).toContain("unhealthy");
  });

  it("answers a query that joins subgraphs through the gateway", async () => {
    const response = await fetch(`${local.gateway?.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: CROSS_SUBGRAPH_QUERY, variables: { code: "UY" } }),
    });
    expect(response.status).toBe(200);
    expectCountryAcrossSubgraphs(await response.text());
  });

  it("keeps the subgraphs closed to anyone without the gateway's signature", async () => {
    for (const name of SUBGRAPH_NAMES) {
      const response = await fetch(`${local[name]?.origin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status, name).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code, name).toBe("UNAUTHENTICATED");
    }
  });
});

describe("router profile's signing proxy", () => {
  const routerConfig = parse(readFileSync(fromProjectRoot("deploy", "router.yaml"), "utf8")) as {
    override_subgraph_url: Record<string, string>;
    headers: { all: { request: { insert: { name: string; value: string } }[] } };
  };
  // The headers router.yaml makes Router send with every subgraph request, its environment filled in.
  const routerHeaders = Object.fromEntries(
    routerConfig.headers.all.request.map(({ insert }) => [
      insert.name,
      insert.value.replace(/\$\{env\.SIGNER_TOKEN\}/, SIGNER_TOKEN),
    ]),
  );

  it("forwards what Router sends to each subgraph's override URL signed, so the subgraphs answer it", async () => {
    const signer = start("router-signer");
    await signer.waitUntilReady(`${local["router-signer"]?.origin}/ready`);
    // What Router sends for Country.infrastructureProjects: an entity fetch, at router.yaml's URL for that subgraph.
    const query =
      "query($r:[_Any!]!){_entities(representations:$r){...on Country{infrastructureProjects{nodes{name}}}}}";
    const response = await fetch(localUrl(routerConfig.override_subgraph_url.infrastructure ?? ""), {
      method: "POST",
      headers: { "content-type": "application/json", ...routerHeaders },
      body: JSON.stringify({ query, variables: { r: [{ __typename: "Country", code: "UY" }] } }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { _entities: { infrastructureProjects: { nodes: unknown[] } }[] } };
    expect(body.data._entities[0]?.infrastructureProjects.nodes.length).toBeGreaterThan(0);
    for (const name of SUBGRAPH_NAMES) {
      const url = localUrl(routerConfig.override_subgraph_url[name] ?? "");
      const answer = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...routerHeaders },
        body: JSON.stringify({ query: "{ _service { sdl } }" }),
      });
      expect(answer.status, name).toBe(200);
    }
  });

  it("finishes an in-flight request on SIGTERM and exits 0", async () => {
    const signer = running("router-signer");
    const body = JSON.stringify({ query: "{ __typename }" });
    const request = await startInFlightRequest(
      localUrl(routerConfig.override_subgraph_url.diplomacy ?? ""),
      body,
      routerHeaders,
    );
    signer.terminate();
    request.finish();
    const response = await request.response;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { __typename: "Query" } });
    expect(await signer.exited).toEqual({ code: 0, signal: null });
  });
});

describe("SIGTERM, in the order docker compose stops services (dependents first)", () => {
  it("lets the gateway finish an in-flight federated request, refuse new ones, and exit 0", async () => {
    const gateway = running("gateway");
    const body = JSON.stringify({ query: CROSS_SUBGRAPH_QUERY, variables: { code: "UY" } });
    const request = await startInFlightRequest(`${local.gateway?.origin}/graphql`, body);
    gateway.terminate();
    // Stopping closes the listener: a new connection is refused while the accepted request is still running.
    await expect
      .poll(
        () =>
          fetch(`${local.gateway?.origin}/health`).then(
            () => "accepted",
            () => "refused",
          ),
        { timeout: 5_000 },
      )
      .toBe("refused");
    request.finish();
    const response = await request.response;
    expect(response.status).toBe(200);
    expectCountryAcrossSubgraphs(response.body);
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(gateway.output).toContain("stopped");
  });

  it("lets every subgraph finish an in-flight signed request, then exit 0", async () => {
    const body = JSON.stringify({ query: "{ _service { sdl } }" });
    const requests = await Promise.all(
      SUBGRAPH_NAMES.map((name) =>
        startInFlightRequest(
          `${local[name]?.origin}/graphql`,
          body,
          signedHeaders({ secret: SECRET, subgraph: name, url: `${local[name]?.origin}/graphql`, body }),
        ),
      ),
    );
    for (const name of SUBGRAPH_NAMES) running(name).terminate();
    for (const request of requests) request.finish();
    const responses = await Promise.all(requests.map((request) => request.response));
    for (const [index, response] of responses.entries()) {
      expect(response.status, SUBGRAPH_NAMES[index]).toBe(200);
      expect(JSON.parse(response.body).data._service.sdl, SUBGRAPH_NAMES[index]).toContain("@key");
    }
    const exits = await Promise.all(SUBGRAPH_NAMES.map((name) => running(name).exited));
    for (const [index, status] of exits.entries()) {
      expect(status, SUBGRAPH_NAMES[index]).toEqual({ code: 0, signal: null });
    }
  });
});
