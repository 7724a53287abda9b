/** Starts tracing for this process when it is switched on (see tracingSwitch.ts), and flushes it on the way out. */
import type { Env } from "../env.js";
import { startNodeSdk } from "./nodeSdk.js";
import { markTracingStarted, tracingStarted } from "./tracing.js";
import { tracingSwitch } from "./tracingSwitch.js";

let sdk: { shutdown(): Promise<void> } | undefined;

export function startTracing(serviceName: string, env: Env = process.env): boolean {
  if (tracingStarted() || !tracingSwitch(env).on) return tracingStarted();
  sdk = startNodeSdk(serviceName);
  markTracingStarted();
  return true;
}

/** Exports the spans still buffered; a no-op while tracing is off. */
export async function stopTracing(): Promise<void> {
  await sdk?.shutdown();
  sdk = undefined;
}
