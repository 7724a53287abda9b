/**
 * Measures one scenario on several targets: same-answer check, per-request SQL statements and subgraph fetches,
 * warm-up, then timed runs in alternating order (A B C, B C A, …) so drift on a shared machine hits all alike.
 */
import { type Answer, ask, disagreement, fingerprint, objectCount } from "./answers.js";
import { type LoadResult, runLoad } from "./loadRun.js";
import { measureProcesses, type ProcessUsage } from "./processStats.js";
import { bodyOf, type Scenario } from "./scenarios.js";
import { isGateway, type Targets } from "./targets.js";

export interface RunSettings {
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  connections: number;
  /** CPUs the load generator is pinned to. */
  loadCpus?: string;
}

export interface TargetRun extends LoadResult {
  round: number;
  usage: Record<string, ProcessUsage>;
}

export interface TargetCounts {
  /** SQL statements all subgraphs executed, per request. */
  sqlStatementsPerRequest: number;
  /** Requests the subgraphs received, per operation, by subgraph. */
  subgraphFetchesPerOperation: Record<string, number>;
}

export interface ScenarioResult {
  scenario: string;
  description: string;
  targets: string[];
  /** Set when the answers differ or carry errors: the scenario is then not timed. */
  disagreement?: string;
  /** Fingerprint of each target's answer in the same-answer check. */
  answers: Record<string, string>;
  /** Objects in the answer's data (rows returned). */
  rows: number;
  answerBytes: number;
  counts: Record<string, TargetCounts>;
  runs: Record<string, TargetRun[]>;
}

const COUNTED_REQUESTS = 5;

async function countPerRequest(targets: Targets, url: string, body: string): Promise<TargetCounts> {
  const before = await targets.counters();
  for (let i = 0; i < COUNTED_REQUESTS; i++) await ask(url, body);
  const after = await targets.counters();
  const fetches: Record<string, number> = {};
  let statements = 0;
  for (const [name, counters] of Object.entries(after)) {
    statements += counters.statements - (before[name]?.statements ?? 0);
    fetches[name] = (counters.graphqlRequests - (before[name]?.graphqlRequests ?? 0)) / COUNTED_REQUESTS;
  }
  return { sqlStatementsPerRequest: statements / COUNTED_REQUESTS, subgraphFetchesPerOperation: fetches };
}

function rotated<T>(items: readonly T[], by: number): T[] {
  return items.map((_, index) => items[(index + by) % items.length] as T);
}

export async function runScenario(
  scenario: Scenario,
  targets: Targets,
  names: string[],
  settings: RunSettings,
  log: (line: string) => void,
): Promise<ScenarioResult> {
  const body = bodyOf(scenario);
  const checkBody = scenario.distinct ? bodyOf(scenario, 0) : body;
  const answers: Record<string, Answer> = {};
  for (const name of names) {
    // The first request after an idle spell may meet a pooled connection the subgraph has just closed (stock
    // Apollo Gateway's client does): the check compares settled answers, the load run counts every failure.
    await ask(targets.urls[name] as string, checkBody);
    answers[name] = await ask(targets.urls[name] as string, checkBody);
  }
  const reference = answers[names[0] as string] as Answer;
  const result: ScenarioResult = {
    scenario: scenario.name,
    description: scenario.description,
    targets: names,
    disagreement: disagreement(answers),
    answers: Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, fingerprint(answer)])),
    rows: objectCount((reference.json as { data?: unknown }).data),
    answerBytes: Buffer.byteLength(reference.raw),
    counts: {},
    runs: Object.fromEntries(names.map((name) => [name, []])),
  };
  if (result.disagreement) {
    log(`  ${scenario.name}: NOT TIMED, ${result.disagreement}`);
    return result;
  }
  for (const name of names)
    result.counts[name] = await countPerRequest(targets, targets.urls[name] as string, checkBody);

  const load = (name: string, durationSeconds: number) =>
    runLoad(
      {
        url: targets.urls[name] as string,
        body,
        distinct: scenario.distinct ?? false,
        // Each target's exact bytes from the check: any other answer under load counts as an error.
        expectBody: scenario.distinct ? undefined : answers[name]?.raw,
        durationSeconds,
        connections: settings.connections,
      },
      settings.loadCpus,
    );
  if (settings.warmupSeconds > 0) for (const name of names) await load(name, settings.warmupSeconds);
  for (let round = 0; round < settings.rounds; round++) {
    for (const name of rotated(names, round)) {
      const stop = measureProcesses(onlyRelevant(targets.pids, name));
      const run = await load(name, settings.durationSeconds);
      result.runs[name]?.push({ ...run, round, usage: stop() });
      log(
        `  ${scenario.name} ${name.padEnd(14)} round ${round + 1}: ${run.rps} rps, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms, errors ${run.errors}`,
      );
    }
  }
  return result;
}

/** The target's own process and the subgraphs (a gateway's CPU is not charged to another gateway's run). */
function onlyRelevant(pids: Record<string, number>, target: string): Record<string, number> {
  return Object.fromEntries(Object.entries(pids).filter(([name]) => name === target || !isGateway(name)));
}
