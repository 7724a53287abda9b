/**
 * `npm run bench` itself, started as a developer starts it: one short comparison scenario through our gateway,
 * stock Apollo Gateway, Hive Gateway, the gateway of another commit (`--baseline HEAD`) and the subgraph directly, then
 * the results file's shape and the answers.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../platform/projectRoot.js";

function bench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn("npm", ["run", "--silent", "bench", "--", ...args], { cwd: projectRoot() });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("npm run bench", () => {
  const out = mkdtempSync(join(tmpdir(), "bench-results-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("answers --help with its usage and a bad flag with one line", async () => {
    const help = await bench(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run bench -- \[options\]/);
    expect(help.stderr).toBe("");
    const bad = await bench(["--durration", "5"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toEqual([expect.stringContaining("--durration")]);
    const range = await bench(["--connections", "0"]);
    expect(range.code).toBe(2);
    expect(range.stderr).toContain("--connections must be an integer from 1 to 200");
    const ref = await bench(["--compare", "--baseline", "no-such-ref"]);
    expect(ref.code).toBe(2);
    expect(ref.stderr.trim().split("\n")).toEqual([expect.stringContaining('"no-such-ref" names no commit')]);
  });

  it("compares the gateways on one scenario and writes a results file with identical answers", async () => {
    const run = await bench([
      "--compare",
      "--operation",
      "Countries",
      "--duration",
      "1",
      "--warmup",
      "0",
      "--rounds",
      "1",
      "--baseline",
      "HEAD",
      "--out",
      out,
    ]);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const files = readdirSync(out);
    const json = files.find((file) => file.endsWith(".json"));
    expect(files.some((file) => file.endsWith(".md"))).toBe(true);
    const report = JSON.parse(readFileSync(join(out, json as string), "utf8"));
    expect(report).toMatchObject({ mode: "compare", machine: { cpus: expect.any(Number) }, settings: { rounds: 1 } });
    expect(report.notes.join(" ")).toContain("unsigned");

    const [countries] = report.scenarios;
    expect(countries.scenario).toBe("Countries");
    expect(countries.targets).toEqual(["ours", "stock", "hive", "ours-baseline", "diplomacy"]);
    expect(countries.disagreement).toBeUndefined();
    expect(new Set(Object.values(countries.answers)).size).toBe(1);
    for (const target of countries.targets) {
      const [run_] = countries.runs[target];
      expect(run_.requests, target).toBeGreaterThan(0);
      expect(run_.errors, target).toBe(0);
      expect(run_.latencyMs.p50).toBeLessThanOrEqual(run_.latencyMs.p99);
      expect(run_.usage[target].peakRssMiB, target).toBeGreaterThan(10);
      expect(countries.counts[target].subgraphFetchesPerOperation).toEqual({
        diplomacy: 1,
        infrastructure: 0,
        finance: 0,
      });
      expect(countries.counts[target].sqlStatementsPerRequest).toBeGreaterThan(0);
    }
    const [summary] = report.summaries;
    expect(Object.keys(summary.ratios)).toEqual(
      expect.arrayContaining([
        "rps ours/hive",
        "rps ours/stock",
        "rps ours/direct",
        "p50 ours/direct",
        "CPU per request ours-baseline/ours",
      ]),
    );
    expect(run.stdout).toMatch(/\| Countries \| hive \| \d+ \|/);
    expect(run.stdout).toMatch(/ours-baseline is the gateway of HEAD \([0-9a-f]{10}\)/);
    // The baseline's checkout is gone once the bench ends.
    expect(execFileSync("git", ["worktree", "list"], { cwd: projectRoot(), encoding: "utf8" })).not.toContain("bench-");
  }, 240_000);
});
