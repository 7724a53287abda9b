/**
 * The OpenTelemetry Node SDK with HTTP and Express instrumentation, configured by the standard OTEL_* variables
 * (endpoint, protocol, sampler, resource attributes…). Its packages are required only when tracing is switched on,
 * so a service without an endpoint loads none of them.
 */
import type { IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import type * as ExpressInstrumentationModule from "@opentelemetry/instrumentation-express";
import type * as HttpInstrumentationModule from "@opentelemetry/instrumentation-http";
import type * as SdkNodeModule from "@opentelemetry/sdk-node";

/** Probes and scrapes are not traffic: tracing them would bury the requests that matter. */
const UNTRACED_PATHS = new Set(["/health", "/ready", "/metrics"]);

function isProbe(request: IncomingMessage): boolean {
  return UNTRACED_PATHS.has((request.url ?? "").split("?")[0] ?? "");
}

export function startNodeSdk(serviceName: string): { shutdown(): Promise<void> } {
  // Synchronous on purpose: the entry point's later imports (Express, Apollo) must load after the SDK is running.
  const require = createRequire(import.meta.url);
  const { NodeSDK } = require("@opentelemetry/sdk-node") as typeof SdkNodeModule;
  const { HttpInstrumentation } = require("@opentelemetry/instrumentation-http") as typeof HttpInstrumentationModule;
  const { ExpressInstrumentation } =
    require("@opentelemetry/instrumentation-express") as typeof ExpressInstrumentationModule;
  // Metrics are served by Prometheus (platform/metrics) and logs go to stdout; export only traces unless told otherwise.
  process.env.OTEL_METRICS_EXPORTER ??= "none";
  process.env.OTEL_LOGS_EXPORTER ??= "none";
  const sdk = new NodeSDK({
    // OTEL_SERVICE_NAME, when set, names the service; otherwise the service's own name does.
    serviceName: process.env.OTEL_SERVICE_NAME?.trim() ? undefined : serviceName,
    instrumentations: [new HttpInstrumentation({ ignoreIncomingRequestHook: isProbe }), new ExpressInstrumentation()],
  });
  sdk.start();
  // The services are ES modules, and an `import` does not go through require(), where the instrumentations patch.
  // Requiring these once patches the shared CommonJS exports in place, before the service's imports use them.
  for (const name of ["node:http", "node:https", "express"]) require(name);
  return sdk;
}
