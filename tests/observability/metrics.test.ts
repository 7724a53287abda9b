/** Prometheus /metrics on each service's own metrics port, after real operations through the running federation. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Federation, startFederation } from "../../scripts/federation/federation.js";
import { freePort } from "../../scripts/federation/freePort.js";
import { SERVICE_NAMES, type ServiceName } from "../../scripts/federation/services.js";
import { post, request } from "../hardening/support/gatewayClient.js";
import { listeningPorts } from "./support/listeningPorts.js";
import { parseSamples, type Sample, samplesOf, sampleTotal } from "./support/prometheusText.js";

const COUNTRY_PROFILE = `query CountryProfile { country(code: "UY") { name infrastructureProjects { nodes { name } } } }`;
const BAD_CODE = `query BadCode { country(code: "br") { name } }`;

describe("Prometheus metrics", () => {
  let federation: Federation;
  const metricsPorts = {} as Record<ServiceName, number>;
  const scraped = {} as Record<ServiceName, Sample[]>;

  beforeAll(async () => {
    const env: Record<string, string> = {};
    for (const name of SERVICE_NAMES) {
      metricsPorts[name] = await freePort();
      env[`${name.toUpperCase()}_METRICS_PORT`] = String(metricsPorts[name]);
    }
    // Counts fetches per operation: with the response cache on, repeated operations would not reach the subgraphs.
    federation = await startFederation({ env: { ...env, LOG_LEVEL: "warn", GATEWAY_RESPONSE_CACHE: "false" } });
    for (let i = 0; i < 3; i += 1) {
      const answer = await post(federation.gatewayUrl, { query: COUNTRY_PROFILE, operationName: "CountryProfile" });
      expect(answer.body.errors).toBeUndefined();
    }
    const bad = await post(federation.gatewayUrl, { query: BAD_CODE, operationName: "BadCode" });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const name of SERVICE_NAMES) {
      const answer = await request(`http://127.0.0.1:${metricsPorts[name]}/metrics`);
      expect(answer.status, name).toBe(200);
      expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      scraped[name] = parseSamples(answer.text);
    }
  });

  afterAll(() => federation?.stop());

  it("counts gateway requests by operation and outcome, and errors by extensions.code", () => {
    const gateway = scraped.gateway;
    expect(sampleTotal(gateway, "gateway_graphql_requests_total", { operation: "CountryProfile", outcome: "ok" })).toBe(
      3,
    );
    const badCode = samplesOf(gateway, "gateway_graphql_requests_total", { operation: "BadCode" });
    expect(badCode.map((sample) => [sample.labels.outcome, sample.value])).toEqual([["partial", 1]]); // country: null
    expect(sampleTotal(gateway, "gateway_graphql_errors_total", { operation: "BadCode", code: "BAD_USER_INPUT" })).toBe(
      1,
    );
    expect(samplesOf(gateway, "gateway_graphql_errors_total", { operation: "CountryProfile" })).toEqual([]);
    expect(samplesOf(gateway, "gateway_graphql_requests_total")[0]?.labels.service).toBe("gateway");
  });

  it("has the gateway's request-duration, subgraph-fetch, plan-cache and in-flight series", () => {
    const gateway = scraped.gateway;
    expect(
      sampleTotal(gateway, "gateway_graphql_request_duration_seconds_count", { operation: "CountryProfile" }),
    ).toBe(3);
    expect(
      samplesOf(gateway, "gateway_graphql_request_duration_seconds_bucket", { le: "+Inf" }).length,
    ).toBeGreaterThan(0);
    for (const subgraph of ["diplomacy", "infrastructure"]) {
      expect(sampleTotal(gateway, "gateway_subgraph_fetch_duration_seconds_count", { subgraph, outcome: "ok" })).toBe(
        subgraph === "diplomacy" ? 4 : 3,
      );
    }
    expect(samplesOf(gateway, "gateway_subgraph_fetch_duration_seconds_count", { subgraph: "finance" })).toEqual([]);
    // CountryProfile is planned once, then reused twice; BadCode is planned once.
    expect(sampleTotal(gateway, "gateway_query_plan_cache_total", { result: "miss" })).toBe(2);
    expect(sampleTotal(gateway, "gateway_query_plan_cache_total", { result: "hit" })).toBe(2);
    expect(sampleTotal(gateway, "gateway_graphql_requests_in_flight")).toBe(0);
  });

  it("has each subgraph's request duration, SQL statements and DataLoader batch sizes", () => {
    for (const subgraph of ["diplomacy", "infrastructure"] as const) {
      const samples = scraped[subgraph];
      expect(sampleTotal(samples, "subgraph_graphql_request_duration_seconds_count"), subgraph).toBeGreaterThanOrEqual(
        3,
      );
      expect(sampleTotal(samples, "subgraph_sql_statements_total"), subgraph).toBeGreaterThan(0);
      expect(sampleTotal(samples, "subgraph_sql_statement_duration_seconds_count"), subgraph).toBe(
        sampleTotal(samples, "subgraph_sql_statements_total"),
      );
      expect(samplesOf(samples, "subgraph_dataloader_batch_size_count").length, subgraph).toBeGreaterThan(0);
    }
    // "br" (lower case) is refused before any lookup: only the three CountryProfile requests reach the store.
    expect(sampleTotal(scraped.diplomacy, "subgraph_dataloader_batch_size_count", { loader: "countriesByCodes" })).toBe(
      3,
    );
    expect(sampleTotal(scraped.diplomacy, "subgraph_sql_statements_total", { table: "country" })).toBe(3);
    expect(sampleTotal(scraped.finance, "subgraph_sql_statements_total")).toBe(0);
  });

  it("has Node's default metrics for every service", () => {
    for (const name of SERVICE_NAMES) {
      expect(samplesOf(scraped[name], "process_cpu_user_seconds_total", { service: name }), name).toHaveLength(1);
      expect(samplesOf(scraped[name], "nodejs_eventloop_lag_seconds").length, name).toBeGreaterThan(0);
    }
  });

  it("is not served on the public ports, and each service listens on exactly its two ports", async () => {
    const publicMetrics = await request(`${new URL(federation.gatewayUrl).origin}/metrics`);
    expect(publicMetrics.status).toBe(404);
    expect(publicMetrics.text).not.toContain("gateway_graphql_requests_total");
    for (const name of ["diplomacy", "infrastructure", "finance"] as const) {
      const answer = await request(`${new URL(federation.subgraphUrls[name]).origin}/metrics`);
      expect(answer.status, name).toBe(404);
    }
    for (const name of SERVICE_NAMES) {
      const pid = federation.pid(name) as number;
      expect(listeningPorts(pid), name).toEqual([federation.ports[name], metricsPorts[name]].sort((a, b) => a - b));
    }
  });
});
