/** A subgraph's Prometheus metrics: GraphQL request duration, SQL statements and their duration, DataLoader batch sizes. */
import { Counter, Histogram } from "prom-client";
import { boundedLabel, lazyMetric } from "../../platform/metrics/metricsRegistry.js";

const FAST_SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

export const subgraphRequestDuration = lazyMetric(
  (registry) =>
    new Histogram({
      name: "subgraph_graphql_request_duration_seconds",
      help: "Time from receiving a GraphQL request to sending its response, by operation and outcome.",
      labelNames: ["operation", "outcome"],
      buckets: FAST_SECONDS,
      registers: [registry],
    }),
);

export const sqlStatements = lazyMetric(
  (registry) =>
    new Counter({
      name: "subgraph_sql_statements_total",
      help: "SQL statements executed against the subgraph's SQLite store, by table.",
      labelNames: ["table"],
      registers: [registry],
    }),
);

export const sqlStatementDuration = lazyMetric(
  (registry) =>
    new Histogram({
      name: "subgraph_sql_statement_duration_seconds",
      help: "Time one SQL statement took, by table.",
      labelNames: ["table"],
      buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05],
      registers: [registry],
    }),
);

export const dataLoaderBatchSize = lazyMetric(
  (registry) =>
    new Histogram({
      name: "subgraph_dataloader_batch_size",
      help: "Keys per DataLoader batch (one SQL statement each), by loader.",
      labelNames: ["loader"],
      buckets: [1, 2, 5, 10, 20, 50, 100, 200],
      registers: [registry],
    }),
);

/** Operation names come from the gateway's query plans (`Name__subgraph__0`); a client still chooses the `Name`. */
export const operationLabel = boundedLabel(200);
