/**
 * HTTP caching. The subgraphs' `Cache-Control` headers are combined into one policy (Apollo Gateway restricts it by
 * each subgraph answer: the shortest max-age and the narrowest scope win; an answer without a header makes the
 * whole response uncacheable). A query over GET (by text or by hash) without errors gets `Cache-Control: public,
 * max-age=N`; Express adds an ETag and answers a matching If-None-Match with 304. Anything else, every POST
 * included, gets `no-store`: POSTs are not cacheable by URL, so a shared cache must never keep them.
 */
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function cacheControl(): GatewayPlugin[] {
  return [
    // Collects the policy; the header is written below, where the request's method is known.
    { name: "cache-hints", apollo: ApolloServerPluginCacheControl({ calculateHttpHeaders: false }) },
    {
      name: "http-cache-headers",
      apollo: {
        async requestDidStart() {
          return {
            async willSendResponse({ request, response, overallCachePolicy, operation }) {
              const headers = response.http.headers;
              // Apollo's own answers (e.g. PERSISTED_QUERY_NOT_FOUND) carry their header already.
              if (headers.has("cache-control")) return;
              const policy = overallCachePolicy.policyIfCacheable();
              const cacheable =
                request.http?.method === "GET" &&
                operation?.operation === "query" &&
                policy !== null &&
                response.body.kind === "single" &&
                !response.body.singleResult.errors;
              if (!cacheable || !policy) {
                headers.set("cache-control", "no-store");
                return;
              }
              headers.set(
                "cache-control",
                `${policy.scope === "PRIVATE" ? "private" : "public"}, max-age=${policy.maxAge}`,
              );
              // The media type depends on Accept and the CORS headers on Origin: a shared cache keys on both.
              headers.set("vary", "accept, origin");
            },
          };
        },
      },
    },
  ];
}
