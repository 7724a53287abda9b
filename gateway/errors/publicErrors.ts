/**
 * What an error may tell a client. Codes a client can act on keep their message; anything else is internal and, when
 * masking is on (production), becomes "Internal server error." Extensions are filtered either way, because
 * @apollo/gateway copies a failed subgraph response (its URL and body) into `extensions.response`.
 */
import type { GraphQLFormattedError } from "graphql";
import { maskedError } from "../../platform/internalErrors.js";
import { LIMIT_CODES } from "../limits/limitDefinitions.js";

/** Codes whose message is written for the client (request problems, access, subgraph availability, limits). */
export const PUBLIC_CODES: ReadonlySet<string> = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "SUBGRAPH_UNAVAILABLE",
  "SUBGRAPH_TIMEOUT",
  "OPERATION_NOT_SUPPORTED",
  "RESERVED_ALIAS",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "RESPONSE_TOO_LARGE",
  "INVALID_UTF8",
  ...Object.values(LIMIT_CODES),
]);

/** Extensions a production client sees; development also sees the rest except the internals listed below. */
const PUBLIC_EXTENSIONS = new Set(["code", "serviceName", "argumentName", "requestId"]);
const INTERNAL_EXTENSIONS = new Set(["response", "exception", "stacktrace", "http"]);

export function isPublicCode(code: unknown): boolean {
  return typeof code === "string" && PUBLIC_CODES.has(code);
}

export function sanitizeError(formatted: GraphQLFormattedError, mask: boolean): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([key]) =>
      mask ? PUBLIC_EXTENSIONS.has(key) : !INTERNAL_EXTENSIONS.has(key),
    ),
  );
  if (!mask || isPublicCode(extensions.code)) return { ...formatted, extensions };
  return maskedError(
    formatted,
    typeof extensions.serviceName === "string" ? { serviceName: extensions.serviceName } : {},
  );
}
