/**
 * HTTP-level failures (unknown path, unreadable, oversized or non-JSON body, anything thrown while reading a request)
 * answered as GraphQL-shaped JSON in every mode: a stable code and a short message, never a stack, a file path or a
 * library's name. Each is logged as one JSON line.
 */
import { isUtf8 } from "node:buffer";
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
    // Not `status`: body-parser overwrites that on errors its `verify` hook throws.
    readonly refusalStatus: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RequestRefusal";
  }
}

/** body-parser `verify` hook: a body that is not UTF-8 is refused instead of decoded with replacement characters. */
export function refuseInvalidUtf8(_req: unknown, _res: unknown, bytes: Buffer): void {
  if (!isUtf8(bytes)) throw new RequestRefusal(400, "INVALID_UTF8", "The request body is not valid UTF-8.");
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
    const status =
      error instanceof RequestRefusal
        ? error.refusalStatus
        : typeof error.status === "number" && error.status >= 400 && error.status < 500
          ? error.status
          : 500;
    const { message, code } = describe(error, status);
    const line = { requestId: res.getHeader("x-request-id"), method: req.method, status, code };
    if (status === 500) logger.error({ ...line, err: error }, "request failed");
    else logger.warn({ ...line, reason: error.message ?? code }, "request refused");
    sendJsonError(res, status, code, message);
  };
}
