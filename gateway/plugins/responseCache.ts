/**
 * Full-response cache: a cacheable query (every subgraph's hint allows it) is answered from memory for as long as
 * its hints say, keyed by document, operation name, variables and the schema variant served; a hit calls no
 * subgraph. Emptied whenever the gateway loads a new supergraph. The request log line says `responseCache: hit`.
 */
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { ResponseStore } from "../caching/responseStore.js";
import type { SchemaVariant } from "../config.js";
import type { GatewayContext } from "../requestContext.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

const MAX_ENTRIES = 10_000;
const QUERY_PLAN_HEADER = "apollo-query-plan-experimental";

export interface ResponseCacheOptions {
  variant: SchemaVariant;
  /** Whether query plans are served: a request asking for one must be planned, never answered from memory. */
  queryPlan: boolean;
}

export function responseCache(options: ResponseCacheOptions, store = new ResponseStore(MAX_ENTRIES)): GatewayPlugin {
  const wantsPlan = (request: { http?: { headers: Map<string, string> } }) =>
    options.queryPlan && request.http?.headers.get(QUERY_PLAN_HEADER) !== undefined;
  const cachePlugin = responseCachePlugin<GatewayContext>({
    cache: store,
    extraCacheKeyData: async () => ({ variant: options.variant }),
    shouldReadFromCache: async ({ request }) => !wantsPlan(request),
    shouldWriteToCache: async ({ request }) => !wantsPlan(request),
  });
  return {
    name: "response-cache (in memory)",
    apollo: {
      async serverWillStart() {
        return {
          schemaDidLoadOrUpdate() {
            store.clear();
          },
        };
      },
      async requestDidStart(requestContext) {
        const hooks = await cachePlugin.requestDidStart?.(requestContext);
        return {
          ...hooks,
          async willSendResponse(context) {
            await hooks?.willSendResponse?.(context);
            if (context.metrics.responseCacheHit !== undefined) {
              context.contextValue.record.responseCache = context.metrics.responseCacheHit ? "hit" : "miss";
            }
          },
        };
      },
    },
  };
}
