/**
 * `--scale`: the same operations over synthetic multiples of the dataset. How latency, SQL statements per request and
 * subgraph fetches per operation move as the lists grow (DataLoader keeps statements flat; the query plan fixes
 * the fetch count).
 */
import { join } from "node:path";
import type { BenchOptions } from "./cli.js";
import { summarize } from "./report.js";
import { type RunSettings, runScenario, type ScenarioResult } from "./scenarioRun.js";
import { comparisonScenarios } from "./scenarios.js";
import { writeSyntheticDataset } from "./synthetic/multiplyDataset.js";
import { startTargets } from "./targets.js";

export interface ScaleResult extends ScenarioResult {
  factor: number;
}

const SCALE_SCENARIOS = ["WideCountryList", "CountryProfile"];

export async function runScale(
  options: BenchOptions,
  workDir: string,
  settings: RunSettings,
  log: (line: string) => void,
): Promise<ScaleResult[]> {
  const wanted = options.operations ?? SCALE_SCENARIOS;
  const scenarios = comparisonScenarios("Countries").filter((scenario) => wanted.includes(scenario.name));
  const results: ScaleResult[] = [];
  for (const factor of [1, ...options.scaleFactors.filter((factor) => factor > 1)]) {
    log(`bench: dataset ×${factor}${factor > 1 ? " (synthetic)" : " (the curated data)"}`);
    const dataDirs = factor > 1 ? writeSyntheticDataset(factor, join(workDir, `synthetic-x${factor}`)) : undefined;
    const targets = await startTargets({
      gateways: ["ours"],
      workDir,
      signed: true,
      dataDirs,
      cpus: options.serverCpus,
    });
    try {
      for (const scenario of scenarios) {
        const result = await runScenario(scenario, targets, ["ours"], settings, log);
        results.push({ ...result, factor });
      }
    } finally {
      await targets.stop();
    }
  }
  return results;
}

export function scaleTable(results: ScaleResult[]): string {
  const lines = [
    "| data | scenario | rows returned | answer KiB | rps | p50 ms | p99 ms | ms per 1000 rows (p50) | SQL statements / request | subgraph fetches / operation | errors |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
  ];
  for (const result of results) {
    const summary = summarize(result.runs.ours ?? [], "ours");
    const counts = result.counts.ours;
    const fetches = counts
      ? Object.entries(counts.subgraphFetchesPerOperation)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([name, n]) => `${name} ${n}`)
          .join(", ")
      : "—";
    const perThousand = summary ? Math.round((summary.p50 / Math.max(result.rows, 1)) * 1000 * 100) / 100 : "—";
    lines.push(
      `| ×${result.factor} | ${result.scenario} | ${result.rows} | ${Math.round(result.answerBytes / 1024)} | ${summary?.rps ?? "—"} | ${summary?.p50 ?? "—"} | ${summary?.p99 ?? "—"} | ${perThousand} | ${counts?.sqlStatementsPerRequest ?? "—"} | ${fetches} | ${result.disagreement ? `not timed: ${result.disagreement.slice(0, 80)}` : (summary?.errors ?? "—")} |`,
    );
  }
  return lines.join("\n");
}
