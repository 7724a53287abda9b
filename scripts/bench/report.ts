/** Summaries of the timed runs: medians per target, ratios between gateways, the results file and its table. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ScenarioResult, TargetRun } from "./scenarioRun.js";
import { isGateway } from "./targets.js";

export interface TargetSummary {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** CPU time the target's own process spent per answered request: steadier than rps on a shared machine. */
  cpuMsPerRequest: number | undefined;
  /** Mean CPU % of one core and peak RSS (MiB) per process during this target's runs. */
  cpuPercent: Record<string, number>;
  peakRssMiB: Record<string, number>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 100) / 100;
}

function cpuMsPerRequest(runs: TargetRun[], target: string): number | undefined {
  const cpuSeconds = runs.reduce((sum, run) => sum + (run.usage[target]?.cpuSeconds ?? 0), 0);
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  return requests > 0 ? Math.round((cpuSeconds * 1000 * 100) / requests) / 100 : undefined;
}

export function summarize(runs: TargetRun[], target: string): TargetSummary | undefined {
  if (runs.length === 0) return undefined;
  const processes = Object.keys(runs[0]?.usage ?? {});
  return {
    rps: Math.round(median(runs.map((run) => run.rps))),
    p50: median(runs.map((run) => run.latencyMs.p50)),
    p95: median(runs.map((run) => run.latencyMs.p95)),
    p99: median(runs.map((run) => run.latencyMs.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    cpuMsPerRequest: cpuMsPerRequest(runs, target),
    cpuPercent: Object.fromEntries(
      processes.map((name) => [
        name,
        Math.round(runs.reduce((sum, run) => sum + (run.usage[name]?.cpuPercent ?? 0), 0) / runs.length),
      ]),
    ),
    peakRssMiB: Object.fromEntries(
      processes.map((name) => [name, Math.max(...runs.map((run) => run.usage[name]?.peakRssMiB ?? 0))]),
    ),
  };
}

const ratio = (a: number | undefined, b: number | undefined) => (a && b ? Math.round((a / b) * 100) / 100 : undefined);

/** ours/hive, ours/stock (rps and p99) and gateway/direct (rps and p50) where both sides were measured. */
export function ratios(result: ScenarioResult): Record<string, number | undefined> {
  const s = Object.fromEntries(result.targets.map((name) => [name, summarize(result.runs[name] ?? [], name)]));
  const direct = result.targets.find((name) => !isGateway(name));
  return {
    "rps ours/hive": ratio(s.ours?.rps, s.hive?.rps),
    "p99 ours/hive": ratio(s.ours?.p99, s.hive?.p99),
    "rps ours/stock": ratio(s.ours?.rps, s.stock?.rps),
    "CPU per request ours/hive": ratio(s.ours?.cpuMsPerRequest, s.hive?.cpuMsPerRequest),
    "CPU per request ours/stock": ratio(s.ours?.cpuMsPerRequest, s.stock?.cpuMsPerRequest),
    ...Object.fromEntries(
      result.targets
        .filter((name) => name.startsWith("ours-"))
        .flatMap((name) => [
          [`rps ${name}/ours`, ratio(s[name]?.rps, s.ours?.rps)],
          [`CPU per request ${name}/ours`, ratio(s[name]?.cpuMsPerRequest, s.ours?.cpuMsPerRequest)],
        ]),
    ),
    ...(direct && {
      "rps ours/direct": ratio(s.ours?.rps, s[direct]?.rps),
      "p50 ours/direct": ratio(s.ours?.p50, s[direct]?.p50),
    }),
  };
}

export function markdownTable(results: ScenarioResult[]): string {
  const lines = [
    "| scenario | target | rps | p50 ms | p95 ms | p99 ms | errors | CPU ms / request | CPU % (target / subgraphs) | RSS MiB (target) | SQL / req | subgraph fetches / op |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
  ];
  const ratioLines: string[] = [];
  for (const result of results) {
    if (result.disagreement) {
      lines.push(
        `| ${result.scenario} | — | not timed: ${result.disagreement.replaceAll("|", "\\|").slice(0, 120)} | | | | | | | | |`,
      );
      continue;
    }
    for (const target of result.targets) {
      const summary = summarize(result.runs[target] ?? [], target);
      if (!summary) continue;
      const counts = result.counts[target];
      const fetches = counts ? Object.values(counts.subgraphFetchesPerOperation).reduce((a, b) => a + b, 0) : undefined;
      const subgraphCpu = Object.entries(summary.cpuPercent)
        .filter(([name]) => name !== target)
        .map(([, cpu]) => cpu)
        .join("+");
      lines.push(
        `| ${result.scenario} | ${target} | ${summary.rps} | ${summary.p50} | ${summary.p95} | ${summary.p99} | ${summary.errors} | ${summary.cpuMsPerRequest ?? "—"} | ${summary.cpuPercent[target] ?? "—"} / ${subgraphCpu} | ${summary.peakRssMiB[target] ?? "—"} | ${counts?.sqlStatementsPerRequest ?? "—"} | ${fetches ?? "—"} |`,
      );
    }
    const shown = Object.entries(ratios(result)).filter(([, value]) => value !== undefined);
    if (shown.length > 0)
      ratioLines.push(`- **${result.scenario}**: ${shown.map(([name, value]) => `${name} ${value}`).join(", ")}`);
  }
  return [...lines, "", "Ratios (medians of the alternating runs):", "", ...ratioLines].join("\n");
}

export function writeResults(directory: string, report: object, markdown: string): { json: string; markdown: string } {
  mkdirSync(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/:/g, "-").replace(/\..*$/, "");
  const paths = { json: join(directory, `${stamp}.json`), markdown: join(directory, `${stamp}.md`) };
  writeFileSync(paths.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(paths.markdown, `${markdown}\n`);
  return paths;
}
