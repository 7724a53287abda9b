/**
 * The HTTP server every service listens with, with bounds on slow clients: a whole request (headers and body) must
 * arrive within HTTP_REQUEST_TIMEOUT_MS, its headers within HTTP_HEADERS_TIMEOUT_MS, and an idle keep-alive
 * connection closes after HTTP_KEEP_ALIVE_TIMEOUT_MS. Node checks the first two on an interval, set here to a
 * fraction of them so a trickling client is cut close to its deadline rather than up to 30 s later.
 */
import { createServer, type RequestListener, type Server } from "node:http";
import { ConfigError, type Env, readInteger } from "./env.js";

export interface HttpTimeouts {
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
};

export function readHttpTimeouts(env: Env): HttpTimeouts {
  const timeouts = {
    requestTimeoutMs: readInteger(env, "HTTP_REQUEST_TIMEOUT_MS", 30_000, { min: 100, max: 600_000 }),
    headersTimeoutMs: readInteger(env, "HTTP_HEADERS_TIMEOUT_MS", 10_000, { min: 100, max: 600_000 }),
    keepAliveTimeoutMs: readInteger(env, "HTTP_KEEP_ALIVE_TIMEOUT_MS", 5_000, { min: 100, max: 600_000 }),
  };
  if (timeouts.headersTimeoutMs > timeouts.requestTimeoutMs) {
    throw new ConfigError("HTTP_HEADERS_TIMEOUT_MS", "must not exceed HTTP_REQUEST_TIMEOUT_MS");
  }
  return timeouts;
}

export function createHttpServer(listener: RequestListener, timeouts: HttpTimeouts = DEFAULT_HTTP_TIMEOUTS): Server {
  const server = createServer(
    {
      requestTimeout: timeouts.requestTimeoutMs,
      headersTimeout: timeouts.headersTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(timeouts.headersTimeoutMs / 4))),
    },
    listener,
  );
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  return server;
}
