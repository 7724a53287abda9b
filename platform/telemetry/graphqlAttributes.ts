/**
 * GraphQL semantic-convention attributes for spans (graphql.operation.name/type, graphql.document). The document can
 * carry literal values a client typed, so it is recorded only when TRACE_GRAPHQL_DOCUMENT is on.
 */
import type { Attributes } from "@opentelemetry/api";
import { type Env, readBoolean } from "../env.js";

export function readTraceDocument(env: Env = process.env): boolean {
  return readBoolean(env, "TRACE_GRAPHQL_DOCUMENT", false);
}

export function graphqlAttributes(operation: { name?: string | null; type?: string; document?: string }): Attributes {
  return {
    ...(operation.name && { "graphql.operation.name": operation.name }),
    ...(operation.type && { "graphql.operation.type": operation.type }),
    ...(operation.document !== undefined && { "graphql.document": operation.document }),
  };
}
