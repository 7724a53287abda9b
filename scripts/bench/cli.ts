/** `npm run bench` options: parsed and checked in one place; a bad flag is one line on stderr and exit code 2. */
import { parseFlags, UsageError } from "../../platform/commandLine.js";
import { resolveBaseline } from "./baselineCheckout.js";

export const USAGE = `Usage: npm run bench -- [options]

Load benchmark on loopback: starts the subgraphs and gateways as child processes, drives them from a separate
load-generator process (autocannon), stops by itself, writes bench/results/<date>.json and .md.

Modes:
  (default)                registered operations through our gateway, started as \`npm start\` does (signed subgraphs)
  --compare                our gateway vs stock Apollo Gateway vs Hive Gateway (defaults) in front of the same
                           subgraph processes (unsigned, development mode), plus the subgraph directly where one
                           subgraph answers alone; answers checked identical before timing
  --scale 10,100,1000      synthetic multiples of the dataset: latency, SQL statements per request and subgraph
                           fetches per operation against list size
  --soak                   memory under steady load: registered operations plus distinct documents (default 60 s at
                           50 connections after a 15 s warm-up); RSS per process; fails above 1.1x post-warm-up RSS
  --abuse                  8 clients send an expensive unpaged query while one sends { article { id } } (default
                           20 s); fails when the cheap query's p99 reaches 100 ms

Options:
  --operation NAME         registered operation (default mode) or scenario (--compare, --scale); repeatable
  --duration S             seconds per timed run (default 10; 1-120)
  --warmup S               seconds of unrecorded load per target before timing (default 3; 0-60)
  --rounds N               alternating rounds per scenario (default 2 with --compare, else 1; 1-10)
  --connections N          concurrent connections (default 10; 1-200)
  --variant NAME:K=V,...   also run our gateway with these environment variables, as target ours-NAME; repeatable
  --cluster N              also run our gateway as N Node cluster workers, as target ours-clusterN
  --baseline REF           also run the gateway of another commit (a git ref, e.g. main or HEAD~1) as target
                           ours-baseline: a code change measured before and after in the same run
  --taskset SERVERS:LOAD   pin the servers and the load generator to CPU lists, e.g. 0:1
  --cpu-prof               write a V8 CPU profile of our gateway to bench/results/profiles/
  --out DIR                where results go (default bench/results)
  -h, --help               this text
`;

export interface BenchOptions {
  mode: "registered" | "compare" | "scale" | "soak" | "abuse";
  operations: string[] | undefined;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  connections: number;
  scaleFactors: number[];
  variants: Record<string, Record<string, string>>;
  clusterWorkers: number | undefined;
  /** A git ref whose gateway also runs, as target ours-baseline. */
  baseline: string | undefined;
  serverCpus: string | undefined;
  loadCpus: string | undefined;
  cpuProfile: boolean;
  outDir: string;
}

export { UsageError };

function integer(value: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max)
    throw new UsageError(`${flag} must be an integer from ${min} to ${max}, got "${value}"`);
  return parsed;
}

function variantOf(spec: string): [string, Record<string, string>] {
  const match = /^([a-z0-9-]+):(.+)$/i.exec(spec);
  if (!match) throw new UsageError(`--variant must read NAME:KEY=VALUE[,KEY=VALUE], got "${spec}"`);
  const env: Record<string, string> = {};
  for (const pair of (match[2] as string).split(",")) {
    const [key, ...value] = pair.split("=");
    if (!key || !/^[A-Z][A-Z0-9_]*$/.test(key) || value.length === 0)
      throw new UsageError(`--variant: "${pair}" is not KEY=VALUE`);
    env[key] = value.join("=");
  }
  return [match[1] as string, env];
}

/** `--baseline REF` once REF is known to name a commit; only timed runs (default mode, --compare) take it. */
function baselineOf(ref: string | undefined, mode: BenchOptions["mode"]): string | undefined {
  if (ref === undefined) return undefined;
  if (mode !== "registered" && mode !== "compare") throw new UsageError(`--baseline does not go with --${mode}`);
  resolveBaseline(ref);
  return ref;
}

/** Returns undefined when --help was asked for. */
export function parseBenchArgs(args: string[]): BenchOptions | undefined {
  const values = parse(args);
  if (values.help) return undefined;
  const modes = (["compare", "scale", "soak", "abuse"] as const).filter((flag) => values[flag] !== undefined);
  if (modes.length > 1)
    throw new UsageError(`${modes.map((m) => `--${m}`).join(" and ")} are separate runs: choose one`);
  const mode = modes[0] ?? "registered";
  const scaleFactors = (values.scale ?? "")
    .split(",")
    .filter(Boolean)
    .map((factor) => integer(factor, "--scale", 1, 1, 1000));
  const taskset = values.taskset?.split(":");
  if (taskset && (taskset.length !== 2 || !taskset.every((cpus) => /^[0-9,-]+$/.test(cpus)))) {
    throw new UsageError(`--taskset must read SERVERS:LOAD CPU lists, e.g. 0:1, got "${values.taskset}"`);
  }
  return {
    mode,
    operations: values.operation,
    durationSeconds: integer(values.duration, "--duration", mode === "soak" ? 60 : mode === "abuse" ? 20 : 10, 1, 120),
    warmupSeconds: integer(values.warmup, "--warmup", 3, 0, 60),
    rounds: integer(values.rounds, "--rounds", mode === "compare" ? 2 : 1, 1, 10),
    connections: integer(values.connections, "--connections", mode === "soak" ? 50 : 10, 1, 200),
    scaleFactors,
    variants: Object.fromEntries((values.variant ?? []).map(variantOf)),
    clusterWorkers: values.cluster === undefined ? undefined : integer(values.cluster, "--cluster", 2, 2, 16),
    baseline: baselineOf(values.baseline, mode),
    serverCpus: taskset?.[0],
    loadCpus: taskset?.[1],
    cpuProfile: values["cpu-prof"] ?? false,
    outDir: values.out ?? "bench/results",
  };
}

function parse(args: string[]) {
  return parseFlags(args, {
    compare: { type: "boolean" },
    soak: { type: "boolean" },
    abuse: { type: "boolean" },
    scale: { type: "string" },
    operation: { type: "string", multiple: true },
    duration: { type: "string" },
    warmup: { type: "string" },
    rounds: { type: "string" },
    connections: { type: "string" },
    variant: { type: "string", multiple: true },
    cluster: { type: "string" },
    baseline: { type: "string" },
    taskset: { type: "string" },
    "cpu-prof": { type: "boolean" },
    out: { type: "string" },
  });
}
