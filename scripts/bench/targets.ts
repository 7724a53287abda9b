/**
 * The processes a bench run talks to: the three subgraphs (once), and in front of the same subgraph processes our
 * gateway (as `npm start` runs it), a stock Apollo Gateway and Hive Gateway at its defaults.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { fromProjectRoot, projectRoot } from "../../platform/projectRoot.js";
import { dataDirVariable, portVariable, SUBGRAPH_NAMES, urlVariable } from "../../platform/serviceCatalog.js";
import { freePort } from "../federation/freePort.js";
import { heapLimitFlags } from "../federation/serviceProcess.js";
import { entryOf } from "../federation/services.js";
import { BenchProcess } from "./benchProcess.js";
import type { SubgraphCounters } from "./probe/subgraphCounters.js";

export type GatewayName = "ours" | "stock" | "hive";
export const GATEWAY_NAMES: readonly GatewayName[] = ["ours", "stock", "hive"];

/** Gateways (ours, its variants, stock, hive) as opposed to subgraphs measured directly. */
export function isGateway(target: string): boolean {
  return !(SUBGRAPH_NAMES as readonly string[]).includes(target);
}

export interface TargetOptions {
  gateways: readonly GatewayName[];
  /** Folder for logs and the rewritten supergraph. */
  workDir: string;
  /**
   * Subgraphs check gateway signatures and our gateway signs (as `npm start` runs them). Only our gateway can sign
   * the way our subgraphs verify, so a comparison runs them unsigned, in development mode.
   */
  signed: boolean;
  /** `<NAME>_DATA_DIR` for every subgraph (synthetic data). */
  dataDirs?: Partial<Record<string, string>>;
  /** More instances of our gateway, each with extra environment (tuning switches): target `ours-<name>`. */
  variants?: Record<string, Record<string, string>>;
  /** Also run our gateway as this many cluster workers: target `ours-cluster<N>`. */
  clusterWorkers?: number;
  /** Also run the gateway of this checkout of another commit: target `ours-baseline`. */
  baselineDir?: string;
  /** Extra Node flags for our gateway (e.g. --cpu-prof). */
  oursNodeArgs?: string[];
  /** CPUs the servers are pinned to (`taskset -c`). */
  cpus?: string;
}

export interface Targets {
  /** GraphQL endpoint of each gateway, and of each subgraph under its own name. */
  urls: Record<string, string>;
  pids: Record<string, number>;
  counters(): Promise<Record<string, SubgraphCounters>>;
  stop(): Promise<void>;
}

const PROBE = fileURLToPath(new URL("./probe/subgraphCounters.ts", import.meta.url));
const HIVE_BIN = fromProjectRoot("node_modules", "@graphql-hive", "gateway", "dist", "bin.js");
const CLUSTER_ENTRY = fileURLToPath(new URL("./clusteredGateway.ts", import.meta.url));
const STOCK_ENTRY = fileURLToPath(new URL("./stockGateway.ts", import.meta.url));
/** Target name of the gateway of `--baseline REF`. */
export const BASELINE = "ours-baseline";
const READY_BODY = JSON.stringify({ query: "{ __typename }" });

/** The committed supergraph with each subgraph's URL replaced by where it runs now (for gateways that read URLs from it). */
function supergraphFor(subgraphUrls: Record<string, string>, workDir: string): string {
  let sdl = readFileSync(fromProjectRoot("schema", "supergraph.graphql"), "utf8");
  for (const [name, url] of Object.entries(subgraphUrls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`), `$1"${url}"`);
  }
  const path = join(workDir, "supergraph.graphql");
  writeFileSync(path, sdl);
  return path;
}

function askCounters(process: BenchProcess): Promise<SubgraphCounters> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${process.options.name} did not report its counters`)), 5_000);
    process.child.once("message", (message: { counters: SubgraphCounters }) => {
      clearTimeout(timer);
      resolve(message.counters);
    });
    process.child.send("counters");
  });
}

export async function startTargets(options: TargetOptions): Promise<Targets> {
  const started: BenchProcess[] = [];
  const subgraphs = new Map<string, BenchProcess>();
  const urls: Record<string, string> = {};
  const pids: Record<string, number> = {};
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: "127.0.0.1",
    NODE_ENV: "development",
    // Every service at its default level whatever the caller's shell says (Hive reads LOG_LEVEL too).
    LOG_LEVEL: "info",
    APOLLO_TELEMETRY_DISABLED: "1",
    GATEWAY_SHARED_SECRETS: options.signed ? randomBytes(32).toString("hex") : "",
  };
  const launch = async (
    name: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    readyUrl: string,
    { ipc = false, cwd }: { ipc?: boolean; cwd?: string } = {},
  ) => {
    const started_ = await BenchProcess.start({
      name,
      args,
      env,
      readyUrl,
      readyBody: readyUrl.endsWith("/graphql") ? READY_BODY : undefined,
      logFile: join(options.workDir, `${name}.log`),
      ipc,
      cpus: options.cpus,
      cwd,
    });
    started.push(started_);
    pids[name] = started_.pid;
    return started_;
  };
  const stop = async () => {
    await Promise.all(started.reverse().map((process) => process.stop()));
  };

  try {
    // allSettled: when one subgraph fails to start, the others must have finished starting before all are stopped.
    const launched = await Promise.allSettled(
      SUBGRAPH_NAMES.map(async (name) => {
        const port = await freePort();
        const env = { ...baseEnv, [portVariable(name)]: String(port) };
        const dataDir = options.dataDirs?.[name];
        if (dataDir) env[dataDirVariable(name)] = dataDir;
        urls[name] = `http://127.0.0.1:${port}/graphql`;
        // The heap limits npm start and compose give the services, sized for the real dataset, not synthetic multiples.
        const heap = dataDir ? [] : heapLimitFlags(name, env);
        const args = [...heap, "--import", "tsx", "--import", PROBE, entryOf(name)];
        subgraphs.set(name, await launch(name, args, env, `http://127.0.0.1:${port}/health`, { ipc: true }));
      }),
    );
    const failed = launched.find((outcome) => outcome.status === "rejected");
    if (failed) throw failed.reason;
    const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, urls[name] as string]));
    const launchOurs = async (name: string, port: number, url: string, extraEnv: Record<string, string> = {}) => {
      // The uncached path, like the other gateways; `--variant cache:GATEWAY_RESPONSE_CACHE=true` measures cache hits.
      const env: NodeJS.ProcessEnv = {
        ...baseEnv,
        GATEWAY_PORT: String(port),
        GATEWAY_RESPONSE_CACHE: "false",
        ...extraEnv,
      };
      for (const subgraph of SUBGRAPH_NAMES) env[urlVariable(subgraph)] = subgraphUrls[subgraph];
      const baseline = name === BASELINE ? options.baselineDir : undefined;
      const gatewayEntry = baseline ? join(baseline, relative(projectRoot(), entryOf("gateway"))) : entryOf("gateway");
      const entry = name.startsWith("ours-cluster")
        ? [CLUSTER_ENTRY, String(options.clusterWorkers)]
        : [...(options.oursNodeArgs ?? []), gatewayEntry];
      await launch(name, [...heapLimitFlags("gateway", env), "--import", "tsx", ...entry], env, url, { cwd: baseline });
    };
    const gateways = [
      ...options.gateways,
      ...Object.keys(options.variants ?? {}).map((name) => `ours-${name}`),
      ...(options.clusterWorkers ? [`ours-cluster${options.clusterWorkers}`] : []),
      ...(options.baselineDir ? [BASELINE] : []),
    ];
    for (const gateway of gateways) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/graphql`;
      urls[gateway] = url;
      if (gateway.startsWith("ours")) {
        await launchOurs(gateway, port, url, options.variants?.[gateway.slice("ours-".length)]);
      } else if (gateway === "stock") {
        const supergraph = supergraphFor(subgraphUrls, options.workDir);
        await launch("stock", ["--import", "tsx", STOCK_ENTRY, supergraph, String(port)], baseEnv, url);
      } else {
        const supergraph = supergraphFor(subgraphUrls, options.workDir);
        const args = [HIVE_BIN, "supergraph", supergraph, "--host", "127.0.0.1", "--port", String(port)];
        await launch("hive", args, baseEnv, url);
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    urls,
    pids,
    counters: async () =>
      Object.fromEntries(
        await Promise.all([...subgraphs].map(async ([name, process]) => [name, await askCounters(process)])),
      ),
    stop,
  };
}
