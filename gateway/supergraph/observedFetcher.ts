/**
 * A subgraph fetch as a span named after the subgraph, carrying its trace context to the subgraph, and its duration
 * in the fetch-duration histogram.
 */
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import { metricsEnabled } from "../../platform/metrics/metricsRegistry.js";
import { inSpan, tracingStarted, withTraceContext } from "../../platform/telemetry/tracing.js";
import { subgraphFetchDuration } from "../metrics/gatewayMetrics.js";
import { SubgraphTimeoutError } from "./subgraphFetcher.js";

type Fetcher = RemoteGraphQLDataSource["fetcher"];

/** Unobserved (tracing and metrics off), the fetcher is returned as it is. */
export function observedFetcher(subgraph: string, fetcher: Fetcher): Fetcher {
  if (!tracingStarted() && !metricsEnabled()) return fetcher;
  return (url, init) => {
    const started = process.hrtime.bigint();
    const record = (outcome: string) =>
      subgraphFetchDuration()?.observe({ subgraph, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
    // The subgraph continues this span's trace: the W3C traceparent goes with the request.
    const send = () =>
      fetcher(url, {
        ...init,
        headers: withTraceContext({ ...(init?.headers as Record<string, string> | undefined) }),
      });
    return inSpan(`subgraph ${subgraph}`, { "graphql.subgraph.name": subgraph }, send).then(
      (response) => {
        record(response.ok ? "ok" : "error");
        return response;
      },
      (error: unknown) => {
        record(error instanceof SubgraphTimeoutError ? "timeout" : "error");
        throw error;
      },
    );
  };
}
