/**
 * Whether this process traces: only when an OTLP endpoint is configured and OTEL_SDK_DISABLED is not true, so a
 * plain `npm start` loads no SDK and exports nothing. Every other setting is the SDK's own standard OTEL_* variable.
 */
import type { Env } from "../env.js";

export type TracingSwitch = { on: true } | { on: false; reason: string };

const TRUE = new Set(["true", "1", "yes", "on"]);

export function tracingSwitch(env: Env): TracingSwitch {
  if (TRUE.has(env.OTEL_SDK_DISABLED?.trim().toLowerCase() ?? "")) return { on: false, reason: "OTEL_SDK_DISABLED" };
  if (env.OTEL_TRACES_EXPORTER?.trim() === "none") return { on: false, reason: "OTEL_TRACES_EXPORTER=none" };
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return endpoint ? { on: true } : { on: false, reason: "no OTEL_EXPORTER_OTLP_ENDPOINT" };
}
