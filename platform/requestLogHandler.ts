/**
 * One JSON log line per HTTP request, written when its response is finished: request id, trace id (when tracing),
 * method, path, status and duration, plus what the caller adds. GraphQL requests log at info; probes and static assets at debug, so they do
 * not drown the traffic that matters.
 */
import type { RequestHandler, Response } from "express";
import type { Logger } from "./logger.js";
import { activeTraceId } from "./telemetry/tracing.js";

export interface RequestLogOptions {
  graphqlPath: string;
  /** The request id an earlier handler gave this request. */
  requestIdOf(res: Response): string;
  /** Extra fields for a GraphQL request's line. */
  graphqlDetails?(res: Response): Record<string, unknown>;
}

export function requestLogHandler(logger: Logger, options: RequestLogOptions): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // Read now: Express rewrites req.url while a mounted handler (the GraphQL endpoint) runs.
    const { method, path } = req;
    const traceId = activeTraceId(); // the request's HTTP span is active here; absent while tracing is off
    res.once("finish", () => {
      const graphql = path === options.graphqlPath;
      const line = {
        requestId: options.requestIdOf(res),
        ...(traceId && { traceId }),
        method,
        path,
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1_000n) / 1_000,
        ...(graphql && options.graphqlDetails?.(res)),
      };
      if (graphql) logger.info(line, "graphql request");
      else logger.debug(line, "http request");
    });
    next();
  };
}
