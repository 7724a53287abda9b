/**
 * The two supergraph sources: the committed file (URLs overridden from config, so it works on any port) and `live`
 * (introspect the running subgraphs and compose). Both must answer every registered operation identically.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GatewayConfig, readGatewayConfig } from "../../gateway/config.js";
import { type OperationExample, readOperationExamples } from "../../gateway/playground/operationExamples.js";
import { type RunningGateway, startGateway } from "../../gateway/server.js";
import { SupergraphMissingError } from "../../gateway/supergraph/supergraphSource.js";
import { createLogger } from "../../platform/logger.js";
import { startFederation, type TestFederation } from "../support/federation.js";
import { postGraphQL } from "../support/subgraphHarness.js";

const logger = createLogger("gateway-test", { LOG_LEVEL: "silent" });
// Federation subgraphs answer only signed requests; the in-process gateways here sign with the same secret.
const SECRET = "supergraph-source-test-secret";
let federation: TestFederation;
let examples: OperationExample[];

function configFor(overrides: Partial<GatewayConfig>): GatewayConfig {
  return {
    ...readGatewayConfig({}),
    port: 0,
    subgraphUrls: federation.subgraphUrls,
    signingSecret: SECRET,
    ...overrides,
  };
}

async function planOf(url: string, query: string): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-query-plan-experimental": "1" },
    body: JSON.stringify({ query }),
  });
  return ((await response.json()) as { extensions: { __queryPlanExperimental: string } }).extensions
    .__queryPlanExperimental;
}

beforeAll(async () => {
  federation = await startFederation({ env: { GATEWAY_SHARED_SECRETS: SECRET } });
  examples = readOperationExamples(readGatewayConfig({}).operationsDir, logger);
});

afterAll(async () => {
  await federation?.stop();
});

describe("supergraph source", () => {
  let fileGateway: RunningGateway;
  let liveGateway: RunningGateway;

  beforeAll(async () => {
    fileGateway = await startGateway(configFor({ supergraphSource: "file" }), logger);
    liveGateway = await startGateway(configFor({ supergraphSource: "live" }), logger);
  });

  afterAll(async () => {
    await fileGateway?.stop();
    await liveGateway?.stop();
  });

  it("has registered operations to compare, some of them planned across several subgraphs", async () => {
    expect(examples.length).toBeGreaterThan(0);
    const servicesPerExample = await Promise.all(
      examples.map(async (example) => new Set((await planOf(fileGateway.url, example.query)).match(/service: "\w+"/g))),
    );
    expect(Math.max(...servicesPerExample.map((services) => services.size))).toBeGreaterThanOrEqual(2);
  });

  it("answers every registered operation the same from the file and from live composition", async () => {
    for (const example of examples) {
      const fromFile = await postGraphQL(fileGateway.url, example.query);
      const fromLive = await postGraphQL(liveGateway.url, example.query);
      expect(fromFile.errors, `${example.file} ${example.name}`).toBeUndefined();
      expect(fromFile.data, `${example.file} ${example.name}`).toBeTruthy();
      expect(fromLive, `${example.file} ${example.name}`).toEqual(fromFile);
    }
  });

  it("calls the subgraphs at the configured URLs, not the ones written in the supergraph file", async () => {
    // The committed supergraph names ports 4001-4003, where nothing listens; this federation runs on free ports.
    // Readiness probes the URLs the gateway calls (it shows only names and states): all up means the configured ones.
    const response = await fetch(`${new URL(fileGateway.url).origin}/ready`);
    const body = (await response.json()) as { subgraphs: { name: string; status: string }[] };
    expect(body.subgraphs.map((subgraph) => subgraph.name).sort()).toEqual(["diplomacy", "finance", "infrastructure"]);
    for (const subgraph of body.subgraphs) expect(subgraph.status, subgraph.name).toBe("up");
  });

  it("refuses to start without a supergraph file, saying how to make one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "supergraph-"));
    try {
      await expect(startGateway(configFor({ supergraphPath: join(dir, "missing.graphql") }), logger)).rejects.toThrow(
        SupergraphMissingError,
      );
      await expect(startGateway(configFor({ supergraphPath: join(dir, "missing.graphql") }), logger)).rejects.toThrow(
        /npm run schema:compose/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
