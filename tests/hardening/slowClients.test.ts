/**
 * Slow clients, shutdown and abandoned work, against the real federation: trickling connections are cut while
 * queries keep answering; on SIGTERM readiness turns 503 before the listener closes and keep-alive answers say
 * `Connection: close`; a subgraph resumed after a pause does not execute the requests the gateway gave up on.
 */
import { request as httpRequest } from "node:http";
import { connect, type Socket } from "node:net";
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Federation, startFederation } from "../../scripts/federation/federation.js";
import { codesOf, post, request } from "./support/gatewayClient.js";

const lines: { service: string; line: string }[] = [];
let federation: Federation;

beforeAll(async () => {
  federation = await startFederation({
    env: {
      LOG_LEVEL: "info",
      HTTP_REQUEST_TIMEOUT_MS: "1500",
      HTTP_HEADERS_TIMEOUT_MS: "1000",
      GATEWAY_SUBGRAPH_TIMEOUT_MS: "400",
      SHUTDOWN_DRAIN_DELAY_MS: "1500",
      GATEWAY_MAX_RESPONSE_BYTES: "4096",
    },
    onLine: (service, line) => lines.push({ service, line }),
  });
});

afterAll(async () => {
  await federation?.stop();
});

/** A POST that announces 1 MB and sends one byte every `everyMs`; resolves with when the server closed it. */
function trickle(url: string, everyMs: number): { closed: Promise<number>; stop(): void } {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect(Number(port), hostname);
  const started = Date.now();
  socket.on("connect", () => {
    socket.write(
      "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n{",
    );
  });
  const timer = setInterval(() => socket.writable && socket.write(" "), everyMs);
  socket.on("error", () => {});
  socket.resume();
  const closed = new Promise<number>((resolve) => socket.on("close", () => resolve(Date.now() - started)));
  closed.finally(() => clearInterval(timer));
  return { closed, stop: () => socket.destroy() };
}

describe("slow clients", () => {
  it("cuts trickling connections at the request timeout while normal queries keep answering", async () => {
    const targets = [federation.gatewayUrl, federation.subgraphUrls.diplomacy];
    const trickles = targets.flatMap((url) => Array.from({ length: 25 }, () => trickle(url, 300)));
    try {
      for (let i = 0; i < 5; i += 1) {
        const answer = await post(federation.gatewayUrl, { query: "{ article { id } }" });
        expect(answer.status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const closedAfter = await Promise.race([
        Promise.all(trickles.map((connection) => connection.closed)),
        new Promise<number[]>((resolve) => setTimeout(() => resolve([]), 6_000)),
      ]);
      expect(closedAfter).toHaveLength(trickles.length);
      for (const ms of closedAfter) expect(ms).toBeLessThan(4_000);
    } finally {
      for (const connection of trickles) connection.stop();
    }
  });
});

describe("response size", () => {
  it("refuses a response larger than GATEWAY_MAX_RESPONSE_BYTES with its own code", async () => {
    const big = await post(federation.gatewayUrl, { query: getIntrospectionQuery() });
    expect(big.status).toBe(400);
    expect(codesOf(big)).toEqual(["RESPONSE_TOO_LARGE"]);
    expect(big.text.length).toBeLessThan(300);
    expect((await post(federation.gatewayUrl, { query: "{ article { id } }" })).status).toBe(200);
  });
});

describe("work nobody waits for", () => {
  it("a subgraph resumed after a pause skips the requests the gateway gave up on", async () => {
    const pid = federation.pid("diplomacy") as number;
    const before = lines.filter(({ line }) => line.includes("caller gone")).length;
    process.kill(pid, "SIGSTOP");
    try {
      const answers = await Promise.all(
        // Ten different documents: identical in-flight subgraph queries would be merged into one request.
        Array.from({ length: 10 }, (_, n) => post(federation.gatewayUrl, { query: `{ article { id${n}: id } }` })),
      );
      for (const answer of answers) expect(codesOf(answer)).toEqual(["SUBGRAPH_TIMEOUT"]);
    } finally {
      process.kill(pid, "SIGCONT");
    }
    const deadline = Date.now() + 5_000;
    const skipped = () =>
      lines.filter(({ service, line }) => service === "diplomacy" && line.includes("caller gone")).length - before;
    while (skipped() < 10 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (skipped() !== 10) console.log(lines.filter(({ service }) => service === "diplomacy").slice(-15));
    expect(skipped()).toBe(10);
    const answer = await post(federation.gatewayUrl, { query: "{ article { id } }" });
    expect(answer.status).toBe(200);
  });
});

/** A request on an agent with one kept-alive socket, returning status and Connection header. */
function keepAliveGet(url: string, agent: import("node:http").Agent): Promise<{ status: number; connection?: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("SIGTERM", () => {
  it("turns readiness 503 first, keeps answering with Connection: close for the drain delay, then exits 0", async () => {
    const { Agent } = await import("node:http");
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const origin = new URL(federation.gatewayUrl).origin;
    expect((await keepAliveGet(`${origin}/health`, agent)).connection).toBe("keep-alive");
    const pid = federation.pid("gateway") as number;
    const exited = federation.stopService("gateway");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pid).toBeGreaterThan(0);
    const readiness = await request(`${origin}/ready`);
    expect(readiness.status).toBe(503);
    expect(readiness.body).toMatchObject({ status: "stopping" });
    const during = await keepAliveGet(`${origin}/health`, agent);
    expect(during).toEqual({ status: 200, connection: "close" });
    expect((await exited).code).toBe(0);
    agent.destroy();
  });
});
