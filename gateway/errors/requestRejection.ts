/**
 * A request refused for the client's own mistake or excess, with a stable code. Apollo Server re-codes validation
 * errors as GRAPHQL_VALIDATION_FAILED but keeps the original as `originalError`, which is how the gateway's error
 * formatting gives the code back (see rejectionOf).
 */
import { GraphQLError } from "graphql";

export class RequestRejection extends GraphQLError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message, { extensions: { code, http: { status: 400 } } });
    this.name = "RequestRejection";
  }
}

/** The rejection behind an error, if any: Apollo wraps it once or twice. */
export function rejectionOf(error: unknown): RequestRejection | undefined {
  let current = error;
  for (let depth = 0; depth < 3 && current; depth += 1) {
    if (current instanceof RequestRejection) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}
