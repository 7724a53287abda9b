/**
 * The first import of every entry point (and usable as `node --import`): OpenTelemetry starts here, before Express,
 * HTTP and Apollo are loaded, so they are instrumented as they load. Off unless an OTLP endpoint is set.
 * The service is named by OTEL_SERVICE_NAME, or else after the entry point being started.
 */
import { startTracing } from "./startTracing.js";

/** `gateway/main.ts` → gateway, `subgraphs/finance/main.js` → finance, `deploy/signer/main.js` → router-signer. */
export function serviceOfEntry(entry: string): string {
  const path = entry.split("\\").join("/");
  const subgraph = /\/subgraphs\/([a-z]+)\/main\.[cm]?[jt]s$/.exec(path);
  if (subgraph) return subgraph[1] as string;
  if (/\/gateway\/main\.[cm]?[jt]s$/.test(path)) return "gateway";
  if (/\/deploy\/signer\/main\.[cm]?[jt]s$/.test(path)) return "router-signer";
  return "unknown_service:node";
}

startTracing(serviceOfEntry(process.argv[1] ?? ""));
