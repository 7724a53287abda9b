/**
 * The process's Prometheus registry (prom-client), created only when the service's metrics port is set. Metrics are
 * declared lazily against it; while metrics are off, each declared metric is undefined and recording is skipped.
 */
import { collectDefaultMetrics, Registry } from "prom-client";

let active: Registry | undefined;

/** A fresh registry with Node's default metrics, every series labelled with the service name. */
export function startMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  active = registry;
  return registry;
}

export function stopMetricsRegistry(): void {
  active?.clear();
  active = undefined;
}

export function metricsEnabled(): boolean {
  return active !== undefined;
}

/** A metric made once per registry on first use; `undefined` while metrics are off. */
export function lazyMetric<T>(create: (registry: Registry) => T): () => T | undefined {
  let made: { registry: Registry; metric: T } | undefined;
  return () => {
    if (!active) return undefined;
    if (made?.registry !== active) made = { registry: active, metric: create(active) };
    return made.metric;
  };
}

/** Client-chosen label values (operation names) are capped, so a client cannot grow the series without bound. */
export function boundedLabel(limit: number, overflow = "other"): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= limit) return overflow;
    seen.add(value);
    return value;
  };
}
