/** The gateway's Prometheus metrics; each is undefined while metrics are off (see platform/metrics/metricsRegistry.ts). */
import { Counter, Gauge, Histogram } from "prom-client";
import { boundedLabel, lazyMetric } from "../../platform/metrics/metricsRegistry.js";

const REQUEST_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlRequests = lazyMetric(
  (registry) =>
    new Counter({
      name: "gateway_graphql_requests_total",
      help: "GraphQL requests by operation and outcome (ok, partial, error, rejected).",
      labelNames: ["operation", "outcome"],
      registers: [registry],
    }),
);

export const graphqlErrors = lazyMetric(
  (registry) =>
    new Counter({
      name: "gateway_graphql_errors_total",
      help: "Errors in GraphQL responses by operation and extensions.code.",
      labelNames: ["operation", "code"],
      registers: [registry],
    }),
);

export const graphqlRequestDuration = lazyMetric(
  (registry) =>
    new Histogram({
      name: "gateway_graphql_request_duration_seconds",
      help: "Time from receiving a GraphQL request to finishing its response, by operation.",
      labelNames: ["operation"],
      buckets: REQUEST_SECONDS,
      registers: [registry],
    }),
);

export const graphqlRequestsInFlight = lazyMetric(
  (registry) =>
    new Gauge({
      name: "gateway_graphql_requests_in_flight",
      help: "GraphQL requests received and not yet answered.",
      registers: [registry],
    }),
);

export const subgraphFetchDuration = lazyMetric(
  (registry) =>
    new Histogram({
      name: "gateway_subgraph_fetch_duration_seconds",
      help: "Time one subgraph fetch took, by subgraph and outcome (ok, error, timeout).",
      labelNames: ["subgraph", "outcome"],
      buckets: REQUEST_SECONDS,
      registers: [registry],
    }),
);

export const queryPlanCache = lazyMetric(
  (registry) =>
    new Counter({
      name: "gateway_query_plan_cache_total",
      help: "Query plans looked up by the gateway, by result: hit (reused) or miss (planned).",
      labelNames: ["result"],
      registers: [registry],
    }),
);

/** Operation names are chosen by clients: at most this many get their own series, the rest count as `other`. */
export const operationLabel = boundedLabel(200);
