/**
 * `npm run bench`: load benchmark on loopback, bounded in time, stops by itself. The servers and the load generator
 * are separate processes; this one only orchestrates and reads /proc. See cli.ts for the modes and options.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { usageErrorLine } from "../../platform/commandLine.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { type Answer, ask, disagreement } from "./answers.js";
import { checkoutBaseline } from "./baselineCheckout.js";
import { type BenchOptions, parseBenchArgs, USAGE, UsageError } from "./cli.js";
import { runFederationRun } from "./federationRuns.js";
import { markdownTable, ratios, summarize, writeResults } from "./report.js";
import { runScale, scaleTable } from "./scaleRun.js";
import { type RunSettings, runScenario, type ScenarioResult } from "./scenarioRun.js";
import { comparisonScenarios, registeredOperations, registeredScenarios, type Scenario } from "./scenarios.js";
import { BASELINE, GATEWAY_NAMES, startTargets } from "./targets.js";

const DEFAULT_OPERATIONS = [
  "Countries",
  "InfrastructureProjects",
  "FinancialMechanisms",
  "CountryProfile",
  "PolicyDocumentFinancialCooperation",
  "ProjectCountriesLeaders",
  "ParagraphFacts",
];

/** The options, or undefined once --help has been answered. */
function readOptions(): BenchOptions | undefined {
  try {
    const options = parseBenchArgs(process.argv.slice(2));
    if (!options) process.stdout.write(USAGE);
    return options;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(usageErrorLine("bench", error));
    process.exit(2);
  }
}

/** The registered operation with the largest answer through `url`. */
/**
 * The registered operation with the largest answer that every gateway answers alike: one a gateway cannot answer
 * (an error, or another answer) could not be timed, so the next heaviest is taken and the skipped ones are said.
 */
async function heaviestOperation(urls: Record<string, string>, gateways: readonly string[]): Promise<string> {
  const sized: { name: string; bytes: number; body: string }[] = [];
  for (const operation of registeredOperations()) {
    const body = JSON.stringify({ query: operation.query, operationName: operation.name });
    const answer = await ask(urls.ours as string, body);
    if (!(answer.json as { errors?: unknown }).errors)
      sized.push({ name: operation.name, bytes: answer.raw.length, body });
  }
  sized.sort((a, b) => b.bytes - a.bytes);
  for (const candidate of sized) {
    const answers: Record<string, Answer> = {};
    for (const gateway of gateways) {
      await ask(urls[gateway] as string, candidate.body); // as in runScenario: a first answer may meet a stale connection
      answers[gateway] = await ask(urls[gateway] as string, candidate.body);
    }
    const differs = disagreement(answers);
    if (!differs) return candidate.name;
    console.log(`bench: heaviest operation ${candidate.name} skipped: ${differs.slice(0, 300)}`);
  }
  return sized[0]?.name ?? "Countries";
}

function chosen(scenarios: Scenario[], wanted: string[] | undefined): Scenario[] {
  if (!wanted) return scenarios;
  const unknown = wanted.filter((name) => !scenarios.some((scenario) => scenario.name === name));
  if (unknown.length > 0) {
    console.error(`bench: unknown scenario ${unknown.join(", ")}; known: ${scenarios.map((s) => s.name).join(", ")}`);
    process.exit(2);
  }
  return scenarios.filter((scenario) => wanted.includes(scenario.name));
}

async function runTimed(options: BenchOptions, workDir: string, settings: RunSettings) {
  const baseline = options.baseline ? checkoutBaseline(options.baseline, workDir) : undefined;
  if (baseline) console.log(`bench: ${BASELINE} is the gateway of ${options.baseline} (${baseline.commit})`);
  try {
    return await runTargets(options, workDir, settings, baseline?.dir);
  } finally {
    baseline?.remove();
  }
}

async function runTargets(options: BenchOptions, workDir: string, settings: RunSettings, baselineDir?: string) {
  const compare = options.mode === "compare";
  const variantNames = [
    ...Object.keys(options.variants).map((name) => `ours-${name}`),
    ...(options.clusterWorkers ? [`ours-cluster${options.clusterWorkers}`] : []),
    ...(baselineDir ? [BASELINE] : []),
  ];
  const targets = await startTargets({
    gateways: compare ? GATEWAY_NAMES : ["ours"],
    workDir,
    signed: !compare,
    variants: options.variants,
    clusterWorkers: options.clusterWorkers,
    baselineDir,
    oursNodeArgs: options.cpuProfile ? ["--cpu-prof", "--cpu-prof-dir", join(options.outDir, "profiles")] : [],
    cpus: options.serverCpus,
  });
  const results: ScenarioResult[] = [];
  try {
    let scenarios: Scenario[];
    if (compare) {
      scenarios = chosen(comparisonScenarios(await heaviestOperation(targets.urls, GATEWAY_NAMES)), options.operations);
    } else {
      scenarios = chosen(registeredScenarios(), options.operations ?? DEFAULT_OPERATIONS);
    }
    for (const scenario of scenarios) {
      const names = [
        ...(compare ? GATEWAY_NAMES : ["ours"]),
        ...variantNames,
        ...(compare && scenario.direct ? [scenario.direct] : []),
      ];
      results.push(await runScenario(scenario, targets, names, settings, (line) => console.log(line)));
    }
  } finally {
    await targets.stop();
  }
  return results;
}

async function bench(options: BenchOptions): Promise<void> {
  const settings: RunSettings = {
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
    rounds: options.rounds,
    connections: options.connections,
    loadCpus: options.loadCpus,
  };
  const notes = [
    "Every server and the load generator (autocannon) run as separate processes on 127.0.0.1; this process only orchestrates.",
    options.mode === "compare"
      ? "Subgraphs run unsigned in development mode (GATEWAY_SHARED_SECRETS empty) so that every gateway can call the same subgraph processes; our gateway otherwise runs as npm start runs it (plugins, limits, request logs at info)."
      : "Subgraphs check gateway signatures and our gateway signs, as npm start runs them.",
    ...(options.mode === "compare"
      ? [
          "Hive Gateway runs with its CLI defaults (one process, in-flight request deduplication on); no response cache anywhere.",
        ]
      : []),
    options.serverCpus
      ? `taskset: servers on CPUs ${options.serverCpus}, load generator on CPUs ${options.loadCpus}.`
      : "No taskset: all processes share every CPU.",
  ];
  const workDir = mkdtempSync(join(tmpdir(), "bench-"));
  // Bounded in time whatever happens: a hung child must not keep the bench alive.
  const watchdog = setTimeout(() => {
    console.error("bench: took too long, stopping");
    process.exit(1);
  }, 60 * 60_000);
  watchdog.unref();

  console.log(
    `bench: ${options.mode}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}, Node ${process.version}`,
  );
  for (const note of notes) console.log(`bench: ${note}`);
  try {
    const scaled =
      options.mode === "scale" ? await runScale(options, workDir, settings, (line) => console.log(line)) : undefined;
    const timed = scaled ?? (await runTimed(options, workDir, settings));
    const table = scaled ? scaleTable(scaled) : markdownTable(timed);
    const machine = {
      cpus: cpus().length,
      model: cpus()[0]?.model,
      node: process.version,
      loadAverageAtStart: loadavg(),
    };
    const report = {
      date: new Date().toISOString(),
      command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
      mode: options.mode,
      machine,
      settings,
      notes,
      scenarios: timed,
      summaries: timed.map((result) => ({
        scenario: result.scenario,
        targets: Object.fromEntries(result.targets.map((name) => [name, summarize(result.runs[name] ?? [], name)])),
        ratios: ratios(result),
      })),
    };
    const markdown = [
      `# ${report.command}`,
      "",
      `${report.date}, ${machine.cpus} × ${machine.model}, Node ${machine.node}, load average at start ${machine.loadAverageAtStart.map((l) => l.toFixed(1)).join(" ")}`,
      "",
      ...notes.map((n) => `- ${n}`),
      "",
      table,
    ].join("\n");
    const paths = writeResults(fromProjectRoot(options.outDir), report, markdown);
    console.log(`\n${table}\n\nbench: results in ${paths.json} and ${paths.markdown}`);
    rmSync(workDir, { recursive: true, force: true });
  } catch (error) {
    console.error(`bench failed: ${(error as Error).message}\nbench: process logs kept in ${workDir}`);
    process.exitCode = 1;
  }
}

const options = readOptions();
if (options?.mode === "soak" || options?.mode === "abuse") await runFederationRun(options);
else if (options) await bench(options);
