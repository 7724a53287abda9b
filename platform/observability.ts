/**
 * What every service process runs beside its own work: a Prometheus /metrics port when `<SERVICE>_METRICS_PORT` is
 * set, and the tracing that telemetry/preload.ts started when an OTLP endpoint is set. With neither, nothing listens
 * and nothing is exported.
 */
import { type Env, readString } from "./env.js";
import type { Logger } from "./logger.js";
import { readMetricsPort } from "./metrics/metricsPort.js";
import { startMetricsRegistry, stopMetricsRegistry } from "./metrics/metricsRegistry.js";
import { type MetricsServer, startMetricsServer } from "./metrics/metricsServer.js";
import { metricsPortVariable } from "./serviceCatalog.js";
import { stopTracing } from "./telemetry/startTracing.js";
import { tracingStarted } from "./telemetry/tracing.js";

export interface Observability {
  /** Closes the metrics port and exports the spans still buffered. */
  stop(): Promise<void>;
}

/** Call before the service starts, so what it builds (stores, plugins) sees whether metrics are on. */
export async function startObservability(
  service: string,
  logger: Logger,
  env: Env = process.env,
): Promise<Observability> {
  const port = readMetricsPort(service, env);
  let metrics: MetricsServer | undefined;
  if (port !== undefined) {
    metrics = await startMetricsServer(startMetricsRegistry(service), {
      host: readString(env, "HOST", "127.0.0.1"),
      port,
      portVariable: metricsPortVariable(service),
    });
  }
  if (metrics || tracingStarted()) {
    logger.info({ tracing: tracingStarted(), metrics: metrics?.url ?? "off" }, "observability on");
  }
  return {
    async stop() {
      await metrics?.close();
      stopMetricsRegistry();
      await stopTracing();
    },
  };
}
