/** The `x-request-id` correlating one client request across the gateway's and the subgraphs' logs. */
import { randomUUID } from "node:crypto";
import type { Request, Response } from "express";

export const REQUEST_ID_HEADER = "x-request-id";

// Bounded and log-safe: no spaces, quotes or control characters a caller could use to forge log lines.
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's id when it is well-formed, otherwise a fresh UUID. */
function acceptRequestId(given: string | undefined): string {
  return given !== undefined && ACCEPTED.test(given) ? given : randomUUID();
}

/**
 * Settles one HTTP request's id: accepted or generated, written back into the request's header (so later readers,
 * such as Apollo Server's hooks, never see a malformed one) and echoed in the response.
 */
export function settleRequestId(req: Request, res: Response): string {
  const requestId = acceptRequestId(req.get(REQUEST_ID_HEADER));
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  return requestId;
}
