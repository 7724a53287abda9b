/**
 * Whether this process traces: only when an OTLP endpoint is configured and OTEL_SDK_DISABLED is not true, so a
 * plain `npm start` loads no SDK and exports nothing. Every other setting is the SDK's own standard OTEL_* variable.
 */
import { type Env, readOptionalString } from "../env.js";

export type TracingSwitch = { on: true } | { on: false; reason: string };

const TRUE = new Set(["true", "1", "yes", "on"]);

export function tracingSwitch(env: Env): TracingSwitch {
  // The SDK's own reading: anything but a true value leaves it enabled.
  if (TRUE.has(readOptionalString(env, "OTEL_SDK_DISABLED")?.toLowerCase() ?? "")) {
    return { on: false, reason: "OTEL_SDK_DISABLED" };
  }
  if (readOptionalString(env, "OTEL_TRACES_EXPORTER") === "none")
    return { on: false, reason: "OTEL_TRACES_EXPORTER=none" };
  const endpoint =
    readOptionalString(env, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") ??
    readOptionalString(env, "OTEL_EXPORTER_OTLP_ENDPOINT");
  return endpoint ? { on: true } : { on: false, reason: "no OTEL_EXPORTER_OTLP_ENDPOINT" };
}
