/**
 * `Country.id`, `Country.name` and `Region.name` are @shareable: infrastructure and finance serve them for the
 * countries and regions they reference, so a registered operation listing crises with their countries plans to one
 * fetch instead of two (the gateway's own plans, on the committed supergraph and on one without the shared fields).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { summarizeQueryPlan } from "../../playground/src/queryPlanSummary.js";
import { registeredOperationPlans, supergraphWithoutSharedReferenceData } from "../../scripts/schema/queryPlans.js";

const directory = mkdtempSync(join(tmpdir(), "shared-reference-data-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("shared reference data", () => {
  it("drops the diplomacy fetch from the PublicServiceCrises plan", async () => {
    const before = join(directory, "before.graphql");
    writeFileSync(before, supergraphWithoutSharedReferenceData());
    const planBefore = summarizeQueryPlan(
      (await registeredOperationPlans(["PublicServiceCrises"], before)).get("PublicServiceCrises") ?? "",
    );
    const planAfter = summarizeQueryPlan(
      (await registeredOperationPlans(["PublicServiceCrises"])).get("PublicServiceCrises") ?? "",
    );

    expect(planBefore.fetches.map(({ service, kind }) => [service, kind])).toEqual([
      ["infrastructure", "root"],
      ["diplomacy", "_entities"],
    ]);
    expect(planAfter.fetches.map(({ service, kind }) => [service, kind])).toEqual([["infrastructure", "root"]]);
    expect(planAfter.fetches.length).toBeLessThan(planBefore.fetches.length);
  });
});
