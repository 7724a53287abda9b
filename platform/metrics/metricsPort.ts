/** `<SERVICE>_METRICS_PORT`: where a service serves /metrics; unset means no metrics port at all. */
import { type Env, readOptionalString, readPort } from "../env.js";
import { metricsPortVariable } from "../serviceCatalog.js";

export function readMetricsPort(service: string, env: Env = process.env): number | undefined {
  const variable = metricsPortVariable(service);
  return readOptionalString(env, variable) === undefined ? undefined : readPort(env, variable, 0);
}
