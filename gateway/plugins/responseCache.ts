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

export function responseCache(variant: SchemaVariant, store = new ResponseStore(MAX_ENTRIES)): GatewayPlugin {
  const cachePlugin = responseCachePlugin<GatewayContext>({
    cache: store,
    extraCacheKeyData: async () => ({ variant }),
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
