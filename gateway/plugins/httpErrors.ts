/** HTTP-level failures (unknown path, unparseable or oversized JSON body) answered as GraphQL-shaped JSON errors. */
import type { ErrorRequestHandler } from "express";
import { INTERNAL_MESSAGE, INTERNAL_SERVER_ERROR } from "../../platform/internalErrors.js";
import type { Logger } from "../../platform/logger.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

interface HttpError {
  status?: number;
  type?: string;
}

function describe(error: HttpError, status: number): { message: string; code: string } {
  if (error.type === "entity.parse.failed")
    return { message: "The request body is not valid JSON.", code: "BAD_REQUEST" };
  if (error.type === "entity.too.large") return { message: "The request body is too large.", code: "BAD_REQUEST" };
  if (status === 404) return { message: "Not found.", code: "NOT_FOUND" };
  if (status < 500) return { message: "The request could not be read.", code: "BAD_REQUEST" };
  return { message: INTERNAL_MESSAGE, code: INTERNAL_SERVER_ERROR };
}

export function httpErrors(logger: Logger): GatewayPlugin {
  const onError: ErrorRequestHandler = (error: HttpError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, "request failed");
    const { message, code } = describe(error, status);
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
  return {
    name: "http-errors",
    fallbacks(app) {
      app.use((_req, res) => {
        res.status(404).json({ errors: [{ message: "Not found.", extensions: { code: "NOT_FOUND" } }] });
      });
      app.use(onError);
    },
  };
}
