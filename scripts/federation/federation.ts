/**
 * Runs the local federation: the three subgraphs, then the gateway once they are healthy, each as a child process.
 * Shared by `npm start` (scripts/start.ts) and the tests (tests/support/federation.ts), so tests start exactly what
 * a developer starts.
 */
import { randomBytes } from "node:crypto";
import {
  GRAPHQL_PATH,
  portVariable,
  SUBGRAPH_NAMES,
  type SubgraphName,
  urlVariable,
} from "../../platform/serviceCatalog.js";
import { freePort } from "./freePort.js";
import { ensurePlaygroundBuilt } from "./playgroundBuild.js";
import { type ExitStatus, ServiceProcess } from "./serviceProcess.js";
import { SERVICE_NAMES, type ServiceName } from "./services.js";
import { waitForHealth } from "./waitForHealth.js";

export type { ExitStatus, ServiceName };

export interface FederationOptions {
  /** Extra environment for all four processes (e.g. NODE_ENV, LOG_LEVEL, GATEWAY_PLAYGROUND). */
  env?: Record<string, string | undefined>;
  /** Port per service; 0 or missing picks a free port. */
  ports?: Partial<Record<ServiceName, number>>;
  /** Receives every line a service prints. */
  onLine?: (service: ServiceName, line: string) => void;
  /** Called when a service exits without being asked to (not during stop/stopService). */
  onUnexpectedExit?: (service: ServiceName, status: ExitStatus) => void;
  /** How long each service may take to answer /health (default 60 s: a cold tsx start on a slow machine). */
  startTimeoutMs?: number;
  /** Build the playground bundle first when missing or stale (default true). */
  buildPlayground?: boolean;
}

export interface Federation {
  /** The gateway's GraphQL endpoint. */
  gatewayUrl: string;
  /** The playground page (served when GATEWAY_PLAYGROUND is on). */
  playgroundUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  ports: Record<ServiceName, number>;
  /** Process id of each running service. */
  pid(name: ServiceName): number | undefined;
  /** SIGTERM one service and wait for it to exit. */
  stopService(name: ServiceName): Promise<ExitStatus>;
  /** (Re)start one service, on its port, and wait for its /health. */
  startService(name: ServiceName): Promise<void>;
  /** Stop everything, the gateway first; resolves with each service's exit status. */
  stop(): Promise<Record<string, ExitStatus>>;
}

// Children share one loopback origin; a wildcard bind address is reached through loopback.
function reachableHost(host: string): string {
  return host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
}

async function resolvePorts(requested: Partial<Record<ServiceName, number>>, host: string) {
  const ports = {} as Record<ServiceName, number>;
  for (const name of SERVICE_NAMES) {
    const port = requested[name];
    ports[name] = port === undefined || port === 0 ? await freePort(host) : port;
  }
  return ports;
}

export async function startFederation(options: FederationOptions = {}): Promise<Federation> {
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  const bindHost = baseEnv.HOST?.trim() || "127.0.0.1";
  const host = reachableHost(bindHost);
  const ports = await resolvePorts(options.ports ?? {}, host);
  const origin = (name: ServiceName) => `http://${host}:${ports[name]}`;
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, `${origin(name)}${GRAPHQL_PATH}`]),
  ) as Record<SubgraphName, string>;

  const env: NodeJS.ProcessEnv = { ...baseEnv, HOST: bindHost };
  for (const name of SERVICE_NAMES) env[portVariable(name)] = String(ports[name]);
  for (const name of SUBGRAPH_NAMES) env[urlVariable(name)] = subgraphUrls[name];
  // Subgraphs answer only signed requests, in every mode: without a configured secret, the four processes this
  // federation owns share a fresh one, so a subgraph port reached directly refuses unsigned requests.
  if (!env.GATEWAY_SHARED_SECRETS?.trim()) {
    env.GATEWAY_SHARED_SECRETS = randomBytes(32).toString("hex");
  }

  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const graceMs = Number(env.SHUTDOWN_TIMEOUT_MS ?? 10_000) + 2_000;
  const running = new Map<ServiceName, ServiceProcess>();
  const stopping = new Set<ServiceName>();
  let shuttingDown = false;

  const startService = async (name: ServiceName) => {
    if (running.get(name)?.running) throw new Error(`${name} is already running`);
    const service = new ServiceProcess(name, env, options.onLine ?? (() => {}));
    running.set(name, service);
    void service.exited.then((status) => {
      if (!shuttingDown && !stopping.has(name) && running.get(name) === service)
        options.onUnexpectedExit?.(name, status);
    });
    await waitForHealth(service, `${origin(name)}/health`, timeoutMs);
  };

  const stopService = async (name: ServiceName) => {
    const service = running.get(name);
    if (!service) throw new Error(`${name} was never started`);
    stopping.add(name);
    try {
      return await service.stop(graceMs);
    } finally {
      stopping.delete(name);
    }
  };

  const stop = async () => {
    shuttingDown = true;
    const statuses: Record<string, ExitStatus> = {};
    const gateway = running.get("gateway");
    if (gateway) statuses.gateway = await gateway.stop(graceMs);
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const service = running.get(name);
        if (service) statuses[name] = await service.stop(graceMs);
      }),
    );
    return statuses;
  };

  try {
    if (options.buildPlayground ?? true) await ensurePlaygroundBuilt((line) => options.onLine?.("gateway", line));
    await Promise.all(SUBGRAPH_NAMES.map(startService));
    await startService("gateway");
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    gatewayUrl: `${origin("gateway")}/graphql`,
    playgroundUrl: `${origin("gateway")}/`,
    subgraphUrls,
    ports,
    pid: (name) => running.get(name)?.pid,
    stopService,
    startService,
    stop,
  };
}
