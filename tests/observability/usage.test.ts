/**
 * Usage recording end to end: operations run through the real federation are recorded by the gateway, reported by
 * `usage:report`, and hold back `schema:check --usage` from removing a field only an unregistered operation uses.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRecordedUsage } from "../../gateway/usage/recordedUsage.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { startFederation } from "../../scripts/federation/federation.js";
import { runReportCommand } from "../../scripts/usage/reportCommand.js";
import { post } from "../hardening/support/gatewayClient.js";
import { findingsOf } from "../schema/schemaWorkspace.js";
import { type CommandResult, runInProcess } from "../support/inProcessCommand.js";
import { RealSchemaWorkspace } from "./support/realSchemaWorkspace.js";

const REGISTERED = readFileSync(fromProjectRoot("schema", "operations", "finance", "financialRisks.graphql"), "utf8");
/** Not registered: the only operation that selects FinancialRisk.region. */
const RISK_REGIONS = `query RiskRegions { financialRisks(filter: { kind: DEBT_BURDEN }) { nodes { name region { id } } } }`;
const COUNTRY_BY_LITERAL = `query CountryByLiteral { country(code: "UY") { name } }`;

const WEB = { "apollographql-client-name": "web-app", "apollographql-client-version": "1.4.0" };
const PARTNER = { "apollographql-client-name": "partner-feed", "apollographql-client-version": "0.9" };

/** Removes `region` from FinancialRisk ("risk") or FinancialStabilityGap ("gap") in the finance SDL. */
const removeRegion = (of: "risk" | "gap") =>
  ["finance", `\n  """Region that faces the ${of}."""\n  region: Region\n`, "\n"] as const;

/** `npm run usage:report`'s main function, in this process (commandHelp.test.ts runs the real command). */
function usageReport(...args: string[]): Promise<CommandResult> {
  return runInProcess(runReportCommand, args, {});
}

// The federation's start and the real schema's first composition (the command modules load with it) on a busy machine.
const SETUP_TIMEOUT_MS = 240_000;

describe("usage recording and schema checks against real traffic", () => {
  const dir = mkdtempSync(join(tmpdir(), "usage-store-"));
  const store = join(dir, "usage.sqlite");
  let workspace: RealSchemaWorkspace;

  beforeAll(async () => {
    const federation = await startFederation({
      env: { GATEWAY_USAGE_STORE: store, GATEWAY_USAGE_FLUSH_MS: "100", LOG_LEVEL: "warn" },
    });
    try {
      const run = async (query: string, operationName: string, headers: Record<string, string>, times: number) => {
        for (let i = 0; i < times; i += 1) {
          const answer = await post(federation.gatewayUrl, { query, operationName }, headers);
          expect(answer.body.errors, operationName).toBeUndefined();
        }
      };
      await run(REGISTERED, "FinancialRisks", WEB, 2);
      await run(RISK_REGIONS, "RiskRegions", PARTNER, 3);
      await run(COUNTRY_BY_LITERAL, "CountryByLiteral", {}, 1);
    } finally {
      await federation.stop(); // the gateway writes what it still holds on the way out
    }
    workspace = await RealSchemaWorkspace.committed();
  }, SETUP_TIMEOUT_MS);

  afterAll(() => {
    workspace?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it("records each operation by name and client, with what it touched and how often", () => {
    const usage = readRecordedUsage(store, Date.now() - 3_600_000);
    const byName = new Map(usage.operations.map((operation) => [operation.name, operation]));
    expect([...byName.keys()].sort()).toEqual(["CountryByLiteral", "FinancialRisks", "RiskRegions"]);
    expect(byName.get("RiskRegions")).toMatchObject({
      type: "query",
      requests: 3,
      clients: [{ name: "partner-feed", version: "0.9", requests: 3 }],
    });
    expect([...(byName.get("RiskRegions")?.coordinates ?? [])].sort()).toEqual(
      expect.arrayContaining([
        "Query.financialRisks",
        "Query.financialRisks.filter",
        "FinancialRiskFilter.kind",
        "FinancialRiskKind.DEBT_BURDEN",
        "FinancialRisk.region",
        "Region.id",
      ]),
    );
    expect(byName.get("FinancialRisks")?.clients).toEqual([{ name: "web-app", version: "1.4.0", requests: 2 }]);
    expect(byName.get("CountryByLiteral")?.clients).toEqual([{ name: "", version: "", requests: 1 }]);
    expect(usage.requests).toBe(6);
  });

  it("keeps no values a client sent: literals are hidden in the stored signature", () => {
    const db = new Database(store, { readonly: true });
    const signatures = (db.prepare("SELECT signature FROM operation").all() as { signature: string }[]).map(
      (row) => row.signature,
    );
    db.close();
    expect(signatures.some((signature) => signature.includes("country(code:"))).toBe(true);
    expect(signatures.join("\n")).not.toContain('"UY"');
  });

  it("usage:report lists fields nobody used and the clients behind each used field", async () => {
    const { code, stdout } = await usageReport("--store", store, "--since", "1d");
    expect(code).toBe(0);
    expect(stdout).toMatch(/: 3 operations, 3 clients, 6 requests/);
    expect(stdout).toContain("  FinancialRisk.region — 3 requests: partner-feed 0.9 (3)\n");
    expect(stdout).toContain("  FinancialRisk.name — 5 requests: partner-feed 0.9 (3), web-app 1.4.0 (2)\n");
    const unused = stdout.slice(stdout.indexOf("Fields nobody used"), stdout.indexOf("Used fields"));
    expect(unused).toContain("  FinancialStabilityGap.region\n");
    expect(unused).not.toContain("FinancialRisk.region");
  });

  it("usage:report answers --help, and a bad flag with one line", async () => {
    expect((await usageReport("--help")).stdout).toMatch(/^Usage: npm run usage:report/);
    const bad = await usageReport("--store", store, "--since", "soon");
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("fails removing a field only an unregistered recorded operation uses, naming it, its client and count", async () => {
    workspace.reset();
    await workspace.editSubgraph(...removeRegion("risk"));
    const { code, report } = await workspace.check("--usage", store, "--since", "30d");
    expect(code).toBe(1);
    const removal = findingsOf(report, "breaking-changes").find((f) => f.coordinate === "FinancialRisk.region");
    expect(removal?.severity).toBe("error");
    expect(removal?.detail).toMatch(
      /breaks operations recorded since .*:\n {2}RiskRegions \[[0-9a-f]{8}\] — 3 requests from partner-feed 0\.9 \(3\)/,
    );
    expect(removal?.detail).not.toContain("FinancialRisks");
    expect(findingsOf(report, "breaking-changes").find((f) => f.code === "USAGE")?.message).toMatch(
      /3 operations, 3 clients, 6 requests/,
    );
  });

  it("passes removing a field nobody used, with a note; without --usage it fails as before", async () => {
    workspace.reset();
    await workspace.editSubgraph(...removeRegion("gap"));
    const withUsage = await workspace.check("--usage", store);
    const removal = findingsOf(withUsage.report, "breaking-changes").find(
      (f) => f.coordinate === "FinancialStabilityGap.region",
    );
    expect(removal).toMatchObject({ severity: "info", code: "FIELD_REMOVED" });
    expect(removal?.message).toMatch(/^BREAKING \(unused\) API:/);
    expect(removal?.detail).toMatch(
      /^passes: no registered operation uses it, and none of the 6 requests recorded since/,
    );
    expect(withUsage.code, withUsage.stdout).toBe(0);

    const withoutUsage = await workspace.check();
    expect(withoutUsage.code).toBe(1);
  });
});
