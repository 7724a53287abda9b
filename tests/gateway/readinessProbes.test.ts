/** /ready shares its subgraph probes between concurrent callers and shows names and states only. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/config.js";
import { PROBE_CACHE_MS } from "../../gateway/plugins/readiness.js";
import { type RunningGateway, startGateway } from "../../gateway/server.js";
import { createLogger } from "../../platform/logger.js";

let probes = 0;
let fakeSubgraph: Server;
let gateway: RunningGateway;

beforeAll(async () => {
  // Answers /health slowly, so concurrent /ready calls overlap with a probe in flight.
  fakeSubgraph = createServer((req, res) => {
    if (req.url === "/health") probes += 1;
    setTimeout(() => res.end('{"status":"ok"}'), 100);
  });
  await new Promise<void>((resolve) => fakeSubgraph.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(fakeSubgraph.address() as AddressInfo).port}/graphql`;
  gateway = await startGateway(
    {
      ...readGatewayConfig({}),
      port: 0,
      playground: false,
      subgraphUrls: { diplomacy: url, infrastructure: url, finance: url },
    },
    createLogger("gateway-test", { LOG_LEVEL: "silent" }),
  );
});

afterAll(async () => {
  await gateway?.stop();
  fakeSubgraph?.close();
});

describe("readiness probes", () => {
  it("probe each subgraph once for 200 concurrent callers, and report names and states only", async () => {
    const origin = new URL(gateway.url).origin;
    probes = 0;
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 200 }, () => fetch(`${origin}/ready`)));
    const bodies = await Promise.all(answers.map((answer) => answer.text()));
    // One round of three probes per PROBE_CACHE_MS at most, however many callers (without sharing: 600).
    const rounds = 1 + Math.floor((Date.now() - started) / PROBE_CACHE_MS);
    expect(probes).toBeLessThanOrEqual(3 * rounds);
    expect(rounds).toBeLessThan(10);
    for (const body of bodies) {
      const states = (JSON.parse(body).subgraphs as { name: string }[]).sort((a, b) => a.name.localeCompare(b.name));
      expect(states).toEqual([
        { name: "diplomacy", status: "up" },
        { name: "finance", status: "up" },
        { name: "infrastructure", status: "up" },
      ]);
      expect(body).not.toContain("127.0.0.1");
    }
  });
});
