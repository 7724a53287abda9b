/**
 * The playground's reading of the gateway's printed query plans (playground/src/queryPlanSummary.ts), checked
 * against real plans from a real gateway. Plans are made before execution, so no subgraph needs to run.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/config.js";
import { readOperationExamples } from "../../gateway/playground/operationExamples.js";
import { type RunningGateway, startGateway } from "../../gateway/server.js";
import { createLogger } from "../../platform/logger.js";
import { summarizeQueryPlan } from "../../playground/src/queryPlanSummary.js";

const logger = createLogger("gateway-test", { LOG_LEVEL: "silent" });
const nowhere = "http://127.0.0.1:9/graphql"; // discard port: nothing answers, plans are still made
let gateway: RunningGateway;

async function planOf(query: string): Promise<string> {
  const response = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-query-plan-experimental": "1" },
    body: JSON.stringify({ query }),
  });
  const plan = ((await response.json()) as { extensions?: { __queryPlanExperimental?: unknown } }).extensions
    ?.__queryPlanExperimental;
  if (typeof plan !== "string") throw new Error(`no plan for ${query}`);
  return plan;
}

beforeAll(async () => {
  const config = readGatewayConfig({});
  gateway = await startGateway(
    { ...config, port: 0, subgraphUrls: { diplomacy: nowhere, infrastructure: nowhere, finance: nowhere } },
    logger,
  );
});

afterAll(async () => {
  await gateway?.stop();
});

describe("query plan summary", () => {
  it("reads a root fetch followed by parallel _entities fetches", async () => {
    const plan = await planOf(
      '{ region(handle: "latin-america") { name priorityAreas { nodes { kind } } financialRisks { nodes { name } } financialMechanisms { nodes { name } } } }',
    );
    const summary = summarizeQueryPlan(plan);
    expect(summary.steps).toBe(2);
    expect([...summary.services].sort()).toEqual(["diplomacy", "finance", "infrastructure"]);
    expect(summary.fetches).toEqual([
      expect.objectContaining({ order: 1, service: "diplomacy", step: 1, kind: "root", path: "", fields: ["region"] }),
      ...["infrastructure", "finance"].map(() =>
        expect.objectContaining({ step: 2, kind: "_entities", path: "region" }),
      ),
    ]);
    const byService = Object.fromEntries(summary.fetches.map((fetch) => [fetch.service, fetch]));
    expect(byService.infrastructure).toMatchObject({ entityTypes: ["Region"], fields: ["priorityAreas"] });
    expect(byService.finance).toMatchObject({
      entityTypes: ["Region"],
      fields: ["financialRisks", "financialMechanisms"],
    });
  });

  it("reads a single-subgraph operation as one root fetch", async () => {
    const summary = summarizeQueryPlan(await planOf("{ article { id publisher } }"));
    expect(summary).toEqual({
      services: ["diplomacy"],
      steps: 1,
      fetches: [
        { order: 1, service: "diplomacy", step: 1, kind: "root", entityTypes: [], path: "", fields: ["article"] },
      ],
    });
  });

  it("accounts for every fetch of every registered operation", async () => {
    const examples = readOperationExamples(readGatewayConfig({}).operationsDir, logger);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const plan = await planOf(example.query);
      const summary = summarizeQueryPlan(plan);
      const printed = [...plan.matchAll(/Fetch\(service: "(\w+)"/g)].map((match) => match[1]);
      expect(
        summary.fetches.map((fetch) => fetch.service),
        example.name,
      ).toEqual(printed);
      expect(new Set(summary.services), example.name).toEqual(new Set(printed));
      for (const fetch of summary.fetches) {
        expect(fetch.fields.length, `${example.name} fetch ${fetch.order}`).toBeGreaterThan(0);
        expect(fetch.step).toBeGreaterThanOrEqual(1);
        expect(fetch.step).toBeLessThanOrEqual(summary.steps);
        if (fetch.kind === "_entities") expect(fetch.entityTypes.length, example.name).toBeGreaterThan(0);
      }
    }
  });
});
