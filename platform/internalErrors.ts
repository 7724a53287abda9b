/** Errors nobody raised on purpose, and what a client may see of them: the same answer from every service. */
import type { GraphQLFormattedError } from "graphql";

export const INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";
export const INTERNAL_MESSAGE = "Internal server error.";

/** Errors raised on purpose carry a code (BAD_USER_INPUT…); anything else may hold SQL or file paths. */
export function isUnexpected(code: unknown): boolean {
  return typeof code !== "string" || code === INTERNAL_SERVER_ERROR;
}

/** The generic message in place of the original, where it happened, and only the extensions given. */
export function maskedError(
  formatted: GraphQLFormattedError,
  extensions: Record<string, unknown> = {},
): GraphQLFormattedError {
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path && { path: formatted.path }),
    extensions: { code: INTERNAL_SERVER_ERROR, ...extensions },
  };
}
