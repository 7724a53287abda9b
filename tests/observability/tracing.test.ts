/**
 * Distributed tracing through the running federation: the services export to an OTLP/HTTP receiver in this process,
 * and one cross-subgraph operation is one trace across the gateway and each subgraph it calls. With tracing on,
 * identical concurrent subgraph queries are still merged into one subgraph request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Federation, startFederation } from "../../scripts/federation/federation.js";
import { post } from "../hardening/support/gatewayClient.js";
import { OtlpReceiver, type ReceivedSpan } from "./support/otlpReceiver.js";

// diplomacy answers `country`, infrastructure joins `infrastructureProjects` through _entities.
const COUNTRY_PROFILE = `query CountryProfile { country(code: "UY") { name infrastructureProjects { nodes { name status } } } }`;

async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("tracing across the federation", () => {
  let receiver: OtlpReceiver;
  let federation: Federation;
  const gatewayLines: string[] = [];
  let trace: ReceivedSpan[];
  let requestId: string;

  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    federation = await startFederation({
      // A generous subgraph deadline: the dedupe test holds diplomacy still while six fetches gather.
      env: { ...receiver.env(), LOG_LEVEL: "info", GATEWAY_SUBGRAPH_TIMEOUT_MS: "30000" },
      onLine: (service, line) => {
        if (service === "gateway") gatewayLines.push(line);
      },
    });
    requestId = `trace-test-${Date.now()}`;
    const answer = await post(
      federation.gatewayUrl,
      { query: COUNTRY_PROFILE, operationName: "CountryProfile" },
      { "x-request-id": requestId },
    );
    expect(answer.body.errors).toBeUndefined();
    const root = await waitFor(
      () =>
        receiver.spans.find(
          (span) => span.name === "gateway.request" && span.attributes["graphql.operation.name"] === "CountryProfile",
        ),
      "the gateway.request span",
    );
    // Subgraphs export on their own schedule: wait until both subgraphs' server spans are in.
    trace = await waitFor(() => {
      const spans = receiver.spans.filter((span) => span.traceId === root.traceId);
      const services = new Set(spans.map((span) => span.service));
      return services.has("diplomacy") && services.has("infrastructure") ? spans : undefined;
    }, "spans from both subgraphs");
    await new Promise((resolve) => setTimeout(resolve, 500)); // the last batches of the same trace
    trace = receiver.spans.filter((span) => span.traceId === root.traceId);
  });

  afterAll(async () => {
    await federation?.stop();
    await receiver?.close();
  });

  it("is one trace across the gateway and each subgraph involved", () => {
    expect(new Set(trace.map((span) => span.service))).toEqual(new Set(["gateway", "diplomacy", "infrastructure"]));
    expect(trace.some((span) => span.service === "finance")).toBe(false);
  });

  it("keeps every parent link: one root (the gateway's HTTP span), every other span's parent in the trace", () => {
    const ids = new Set(trace.map((span) => span.spanId));
    const roots = trace.filter((span) => span.parentSpanId === undefined);
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ service: "gateway", name: "POST /graphql" });
    for (const span of trace)
      if (span.parentSpanId) expect(ids, `${span.service} ${span.name}`).toContain(span.parentSpanId);
  });

  it("has a fetch span per subgraph, under @apollo/gateway's gateway.fetch, parent of that subgraph's server span", () => {
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent, ...ancestors(parent)] : [];
    };
    for (const subgraph of ["diplomacy", "infrastructure"]) {
      const fetches = trace.filter((span) => span.name === `subgraph ${subgraph}`);
      expect(fetches, subgraph).toHaveLength(1);
      const fetch = fetches[0] as ReceivedSpan;
      expect(fetch.attributes["graphql.subgraph.name"]).toBe(subgraph);
      expect(byId.get(fetch.parentSpanId ?? "")).toMatchObject({
        name: "gateway.fetch",
        attributes: { service: subgraph },
      });
      const server = trace.find((span) => span.service === subgraph && span.name === "POST /graphql");
      expect(server, `${subgraph} server span`).toBeDefined();
      expect(ancestors(server as ReceivedSpan)).toContain(fetch);
    }
    const names = new Set(trace.filter((span) => span.service === "gateway").map((span) => span.name));
    for (const name of ["gateway.request", "gateway.validate", "gateway.plan", "gateway.execute", "gateway.fetch"]) {
      expect(names).toContain(name);
    }
  });

  it("has a span per DataLoader batch and per SQL statement in each subgraph", () => {
    for (const subgraph of ["diplomacy", "infrastructure"]) {
      const batches = trace.filter((span) => span.service === subgraph && span.name.startsWith("dataloader.batch "));
      expect(batches.length, subgraph).toBeGreaterThan(0);
      const sql = trace.filter((span) => span.service === subgraph && span.name.startsWith("sqlite "));
      expect(sql.length, subgraph).toBeGreaterThan(0);
      for (const statement of sql) {
        expect(statement.attributes["db.system.name"]).toBe("sqlite");
        expect(batches.map((batch) => batch.spanId)).toContain(statement.parentSpanId);
      }
    }
  });

  it("carries the GraphQL semantic-convention attributes, without the document unless switched on", () => {
    const request = trace.find((span) => span.name === "gateway.request");
    expect(request?.attributes).toMatchObject({
      "graphql.operation.name": "CountryProfile",
      "graphql.operation.type": "query",
    });
    const subgraphOperations = trace.filter(
      (span) => span.service !== "gateway" && span.attributes["graphql.operation.type"],
    );
    expect(subgraphOperations.map((span) => span.attributes["graphql.operation.name"]).sort()).toEqual([
      "CountryProfile__diplomacy__0",
      "CountryProfile__infrastructure__1",
    ]);
    expect(trace.some((span) => "graphql.document" in span.attributes)).toBe(false);
  });

  it("writes the trace id in the gateway's request log line", () => {
    const line = gatewayLines
      .filter((text) => text.startsWith("{"))
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((record) => record.requestId === requestId && record.msg === "graphql request");
    expect(line?.traceId).toBe(trace[0]?.traceId);
  });

  it("merges identical concurrent subgraph queries, although each carries its own trace context", async () => {
    // diplomacy alone answers this; nothing else asked for Brazil's name, so the response cache has nothing yet.
    const query = `query DedupeProbe { country(code: "BR") { name } }`;
    const callers = 6;
    const since = receiver.spans.length;
    const newSpans = () => receiver.spans.slice(since);
    const diplomacy = federation.pid("diplomacy") as number;
    // Hold diplomacy still until every caller's fetch is in flight: the merge is then certain, not a race.
    process.kill(diplomacy, "SIGSTOP");
    let answers: Awaited<ReturnType<typeof post>>[];
    try {
      const pending = Array.from({ length: callers }, (_, index) =>
        post(federation.gatewayUrl, { query, operationName: "DedupeProbe" }, { "x-request-id": `dedupe-${index}` }),
      );
      // Validation ends each request's last span before its fetch (a cached plan has no span of its own).
      await waitFor(
        () => (newSpans().filter((span) => span.name === "gateway.validate").length >= callers ? true : undefined),
        "every caller's validation",
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // from validation to fetch
      process.kill(diplomacy, "SIGCONT");
      answers = await Promise.all(pending);
    } finally {
      process.kill(diplomacy, "SIGCONT");
    }
    for (const answer of answers) expect(answer.body).toEqual({ data: { country: { name: "Brazil" } } });

    const fetchSpans = await waitFor(() => {
      const spans = newSpans().filter((span) => span.name === "subgraph diplomacy");
      return spans.length >= callers ? spans : undefined;
    }, "every caller's fetch span");
    await new Promise((resolve) => setTimeout(resolve, 500)); // the subgraph's own batches
    const executions = newSpans().filter(
      (span) =>
        span.service === "diplomacy" && span.attributes["graphql.operation.name"] === "DedupeProbe__diplomacy__0",
    );
    expect(executions).toHaveLength(1); // one subgraph request for six callers
    // Each caller keeps its own fetch span; the followers say they shared the leader's request.
    expect(fetchSpans).toHaveLength(callers);
    const followers = fetchSpans.filter((span) => span.attributes["gateway.subgraph.deduplicated"] === true);
    expect(followers).toHaveLength(callers - 1);
    const leader = fetchSpans.find((span) => span.attributes["gateway.subgraph.deduplicated"] === undefined);
    expect(leader?.attributes["gateway.subgraph.followers"]).toBe(callers - 1);
    expect(new Set(fetchSpans.map((span) => span.traceId)).size).toBe(callers);
    expect(executions[0]?.traceId).toBe(leader?.traceId);
  });
});
