/** Per-request state shared by the HTTP layer, Apollo Server's hooks and the subgraph data sources. */
import type { Response } from "express";

/** What the request log line reports about the GraphQL side of a request. */
export interface RequestRecord {
  operationName?: string;
  variables?: Record<string, unknown>;
  /** Subgraphs this request called, in call order. */
  subgraphsCalled: Set<string>;
  /** Codes of the errors in the response. */
  errorCodes: string[];
  /** Whether a query was answered from the full-response cache (no subgraph called) or looked up and missed. */
  responseCache?: "hit" | "miss";
  /** Whether the response carried data, errors or both. */
  outcome?: "ok" | "partial" | "error";
}

export interface GatewayContext {
  /** The `x-request-id` of this request (accepted from the caller or generated). */
  requestId: string;
  // Apollo Server shallow-copies the context for each operation, so what hooks fill in lives one level down.
  record: RequestRecord;
}

export function newGatewayContext(requestId: string): GatewayContext {
  return { requestId, record: { subgraphsCalled: new Set(), errorCodes: [] } };
}

/** The context the request-id handler attached to this response. */
export function gatewayContextOf(res: Response): GatewayContext {
  const context = res.locals.gateway as GatewayContext | undefined;
  if (!context) throw new Error("request-id handler must run before the GraphQL endpoint");
  return context;
}
