/**
 * HTTP-level failures (unknown path, unreadable, oversized or non-JSON body, anything thrown while reading a request)
 * answered as GraphQL-shaped JSON in every mode: a stable code and a short message, never a stack, a file path or a
 * library's name. Each is logged as one JSON line.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { INTERNAL_MESSAGE, INTERNAL_SERVER_ERROR } from "./internalErrors.js";
import type { Logger } from "./logger.js";

interface HttpError {
  status?: number;
  type?: string;
  code?: string;
  message?: string;
}

/** An error a request handler raises on purpose, with the status and code the client gets. */
export class RequestRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RequestRefusal";
  }
}

export function sendJsonError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function describe(error: HttpError, status: number): { message: string; code: string } {
  if (error instanceof RequestRefusal) return { message: error.message, code: error.code };
  if (error.type === "entity.parse.failed") {
    return { message: "The request body is not valid JSON.", code: "BAD_REQUEST" };
  }
  if (error.type === "entity.too.large") return { message: "The request body is too large.", code: "BAD_REQUEST" };
  if (error.type === "request.aborted") return { message: "The request was aborted.", code: "BAD_REQUEST" };
  if (status === 404) return { message: "Not found.", code: "NOT_FOUND" };
  if (status < 500) return { message: "The request could not be read.", code: "BAD_REQUEST" };
  return { message: INTERNAL_MESSAGE, code: INTERNAL_SERVER_ERROR };
}

export const notFound: RequestHandler = (_req, res) => sendJsonError(res, 404, "NOT_FOUND", "Not found.");

export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: HttpError, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    const { message, code } = describe(error, status);
    const line = { requestId: res.getHeader("x-request-id"), method: req.method, status, code };
    if (status === 500) logger.error({ ...line, err: error }, "request failed");
    else logger.warn({ ...line, reason: error.message ?? code }, "request refused");
    sendJsonError(res, status, code, message);
  };
}
