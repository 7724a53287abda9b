/** The `x-request-id` correlating one client request across the gateway's and the subgraphs' logs. */
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

// Bounded and log-safe: no spaces, quotes or control characters a caller could use to forge log lines.
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's id when it is well-formed, otherwise a fresh UUID. */
export function acceptRequestId(given: string | undefined): string {
  return given !== undefined && ACCEPTED.test(given) ? given : randomUUID();
}
