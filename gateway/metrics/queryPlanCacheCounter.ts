/**
 * Counts query-plan cache hits and misses. @apollo/gateway has no hook for its plan cache, but it reports every plan
 * it resolves (`experimental_didResolveQueryPlan`), and its in-memory cache hands back the very object it stored: a
 * plan seen before is a hit.
 */
import type { GatewayConfig } from "@apollo/gateway";
import { queryPlanCache } from "./gatewayMetrics.js";

type DidResolveQueryPlan = NonNullable<GatewayConfig["experimental_didResolveQueryPlan"]>;

export function queryPlanCacheCounter(): DidResolveQueryPlan {
  const seen = new WeakSet<object>();
  return ({ queryPlan }) => {
    const counter = queryPlanCache();
    if (!counter) return;
    const hit = seen.has(queryPlan);
    if (!hit) seen.add(queryPlan);
    counter.inc({ result: hit ? "hit" : "miss" });
  };
}
