/**
 * Failing subgraphs, against the real federation: one killed (SIGKILL) or hung (SIGSTOP) mid-suite. The gateway
 * answers with what the other subgraphs returned plus an error naming the failing one, within its timeout, reports it
 * on /ready, stays alive, and serves full data again once the subgraph is back, without a restart.
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROBE_CACHE_MS } from "../../gateway/plugins/readiness.js";
import { type Federation, startFederation } from "../../scripts/federation/federation.js";
import { codesOf, post, request } from "./support/gatewayClient.js";

const TIMEOUT_MS = 1_500;
// Diplomacy answers country and region; finance and infrastructure extend the region.
const PARTIAL = `query Partial {
  country(code: "UY") { code name }
  region(handle: "latin-america") { name financialRisks { nodes { name } } priorityAreas { nodes { kind } } }
}`;

interface PartialData {
  country: { code: string; name: string } | null;
  region: {
    name: string;
    financialRisks: { nodes: unknown[] } | null;
    priorityAreas: { nodes: unknown[] } | null;
  } | null;
}

let federation: Federation;
let origin: string;
const unexpectedExits: string[] = [];

beforeAll(async () => {
  federation = await startFederation({
    // No response cache: it would replay answers cached before the failure (README, "HTTP caching").
    env: { LOG_LEVEL: "warn", GATEWAY_SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), GATEWAY_RESPONSE_CACHE: "false" },
    onUnexpectedExit: (service) => unexpectedExits.push(service),
  });
  origin = new URL(federation.gatewayUrl).origin;
});

afterAll(async () => {
  await federation?.stop();
});

function pidOf(name: "finance" | "infrastructure" | "gateway"): number {
  const pid = federation.pid(name);
  if (!pid) throw new Error(`${name} is not running`);
  return pid;
}

async function ready() {
  // Probes are shared for PROBE_CACHE_MS: wait that long so this call sees the present.
  await new Promise((resolve) => setTimeout(resolve, PROBE_CACHE_MS + 50));
  return request<never>(`${origin}/ready`) as unknown as Promise<{
    status: number;
    body: { status: string; degraded: string[]; subgraphs: { name: string; status: string }[] };
  }>;
}

async function expectFullData(): Promise<void> {
  const answer = await post<PartialData>(federation.gatewayUrl, { query: PARTIAL });
  expect(answer.body.errors, answer.text).toBeUndefined();
  expect(answer.body.data?.region?.financialRisks?.nodes.length).toBeGreaterThan(0);
  expect(answer.body.data?.region?.priorityAreas?.nodes.length).toBeGreaterThan(0);
}

describe("a subgraph killed mid-suite", () => {
  it("answers in full while every subgraph is up", async () => {
    await expectFullData();
  });

  it("returns the other subgraphs' data with an error naming the dead one, and /ready reports it degraded", async () => {
    process.kill(pidOf("finance"), "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 200));

    const answer = await post<PartialData>(federation.gatewayUrl, { query: PARTIAL });
    expect(answer.status).toBe(200);
    expect(answer.body.data?.country).toEqual({ code: "UY", name: "Uruguay" });
    // Only what finance serves is null: the region and its infrastructure fields are there.
    expect(answer.body.data?.region?.name).toBe("Latin America");
    expect(answer.body.data?.region?.financialRisks).toBeNull();
    expect(answer.body.data?.region?.priorityAreas?.nodes.length).toBeGreaterThan(0);
    expect(answer.body.errors).toContainEqual(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "finance" }),
      }),
    );
    expect(answer.text).not.toContain(federation.subgraphUrls.finance);

    const readiness = await ready();
    expect(readiness.status).toBe(503);
    expect(readiness.body.degraded).toEqual(["finance"]);
    expect((await request(`${origin}/health`)).status).toBe(200);
  });

  it("serves full data again on the next request once the subgraph is back, without a gateway restart", async () => {
    const gatewayPid = pidOf("gateway");
    await federation.startService("finance");
    await expectFullData();
    expect((await ready()).status).toBe(200);
    expect(pidOf("gateway")).toBe(gatewayPid);
    expect(unexpectedExits).toEqual(["finance"]);
  });
});

describe("a subgraph that hangs", () => {
  it("answers within the subgraph timeout with partial data and SUBGRAPH_TIMEOUT naming the service", async () => {
    const pid = pidOf("infrastructure");
    process.kill(pid, "SIGSTOP");
    try {
      const started = Date.now();
      const answer = await post<PartialData>(federation.gatewayUrl, { query: PARTIAL });
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 2_000);
      expect(answer.body.data?.country?.name).toBe("Uruguay");
      expect(answer.body.errors).toContainEqual(
        expect.objectContaining({
          message: "The infrastructure subgraph did not answer in time.",
          extensions: expect.objectContaining({ code: "SUBGRAPH_TIMEOUT", serviceName: "infrastructure" }),
        }),
      );
      // An operation that does not need the hung subgraph is not held up by it.
      const unaffected = await post<{ article: { id: string } | null }>(federation.gatewayUrl, {
        query: "{ article { id } }",
      });
      expect(unaffected.body.data?.article?.id).toEqual(expect.any(String));

      const readiness = await ready();
      expect(readiness.body.degraded).toEqual(["infrastructure"]);
    } finally {
      process.kill(pid, "SIGCONT");
    }
    await expectFullData();
    expect(codesOf(await post(federation.gatewayUrl, { query: PARTIAL }))).toEqual([]);
  });
});

describe("connections to subgraphs", () => {
  /** TCP sockets on this host connected to `port` (from /proc/net/tcp: state 01 established, 06 time-wait). */
  function socketsTo(port: number): { established: number; timeWait: number } {
    const portHex = port.toString(16).toUpperCase().padStart(4, "0");
    const rows = readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1);
    const sockets = rows.map((row) => row.trim().split(/\s+/));
    const toPort = sockets.filter((fields) => fields[2]?.endsWith(`:${portHex}`));
    // Whichever side closes first keeps the TIME_WAIT entry: count both directions.
    const either = sockets.filter((fields) => fields[1]?.endsWith(`:${portHex}`) || fields[2]?.endsWith(`:${portHex}`));
    return {
      established: toPort.filter((fields) => fields[3] === "01").length,
      timeWait: either.filter((fields) => fields[3] === "06").length,
    };
  }

  // /proc/net/tcp is Linux's socket table (CI and the containers run Linux).
  it.runIf(existsSync("/proc/net/tcp"))(
    "reuses pooled keep-alive connections instead of opening one per request",
    async () => {
      const port = Number(new URL(federation.subgraphUrls.diplomacy).port);
      const before = socketsTo(port);
      for (let i = 0; i < 30; i += 1) await post(federation.gatewayUrl, { query: "{ article { id } }" });
      const after = socketsTo(port);
      // 30 sequential requests ride on the connection(s) already open: none is opened and closed per request.
      expect(after.established).toBeGreaterThanOrEqual(1);
      expect(after.established).toBeLessThanOrEqual(before.established + 2);
      expect(after.timeWait - before.timeWait).toBeLessThan(5);
    },
  );
});
