/**
 * CORS: which other origins' pages may read the gateway's answers (GATEWAY_CORS_ORIGINS). An allowed origin gets the
 * headers, a preflight is answered with the request headers the supported clients send; any other origin gets no
 * CORS header at all, so the browser keeps the answer from the page.
 */
import type { RequestHandler } from "express";
import type { CorsPolicy } from "../config.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

/**
 * Headers Apollo Client, urql and graphql-request send beyond the CORS-safelisted ones, plus what the gateway
 * itself reads: CSRF markers, conditional GETs, the request id and the query-plan switch.
 */
export const CORS_ALLOWED_HEADERS = [
  "content-type",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
  "apollo-query-plan-experimental",
  "if-none-match",
  "x-request-id",
];
/** Response headers a page may read besides the safelisted ones. */
const EXPOSED_HEADERS = ["etag", "age", "x-request-id"];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

function isAllowed(policy: CorsPolicy, origin: string): boolean {
  return policy.origins === "*" || policy.origins.includes(origin);
}

export function corsHandler(policy: CorsPolicy): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    const preflight = req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined;
    // The answer depends on Origin whenever origins are listed one by one: shared caches must key on it.
    if (policy.origins !== "*") res.vary("Origin");
    if (!origin || !isAllowed(policy, origin)) {
      if (preflight) res.status(204).end();
      else next();
      return;
    }
    res.set("Access-Control-Allow-Origin", policy.origins === "*" ? "*" : origin);
    if (policy.credentials) res.set("Access-Control-Allow-Credentials", "true");
    if (!preflight) {
      res.set("Access-Control-Expose-Headers", EXPOSED_HEADERS.join(", "));
      next();
      return;
    }
    res.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.set("Access-Control-Allow-Headers", CORS_ALLOWED_HEADERS.join(", "));
    res.set("Access-Control-Max-Age", String(PREFLIGHT_MAX_AGE_SECONDS));
    res.status(204).end();
  };
}

export function cors(policy: CorsPolicy): GatewayPlugin {
  const origins = policy.origins === "*" ? "*" : policy.origins.join(" ") || "same origin only";
  return {
    name: `cors (${origins}${policy.credentials ? ", credentials" : ""})`,
    routes(app) {
      app.use(corsHandler(policy));
    },
  };
}
