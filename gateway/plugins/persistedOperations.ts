/**
 * Trusted operations: a hash from the manifest (schema/generated/persisted-query-manifest.json) runs its document
 * without the client sending it; any other hash goes through Apollo Server's automatic persisted queries (APQ).
 * With GATEWAY_PERSISTED_OPERATIONS=require only manifest documents run, by hash or by the same text. In every mode
 * a document sent with a hash that is not its sha256 is refused (PERSISTED_QUERY_HASH_MISMATCH) here, on POST, GET
 * and in batches, before Apollo Server answers it with an error that has no code.
 */
import type { Request, RequestHandler } from "express";
import { sendJsonError } from "../../platform/httpErrors.js";
import type { Logger } from "../../platform/logger.js";
import { getParameters } from "../getParameters.js";
import { readManifest } from "../persisted/manifest.js";
import {
  type GraphQLParams,
  type PersistedOperationsMode,
  TrustedOperations,
  type Verdict,
} from "../persisted/trustedOperations.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

/** GET parameters as Apollo Server reads them: `extensions` is a JSON string. */
function getParams(req: Request): GraphQLParams | undefined {
  const parameters = getParameters(req);
  const query = parameters.get("query") ?? undefined;
  const extensions = parameters.get("extensions");
  if (extensions === null) return { query };
  try {
    return { query, extensions: JSON.parse(extensions) };
  } catch {
    return undefined; // Apollo Server answers malformed extensions itself
  }
}

function judgeGet(trusted: TrustedOperations, req: Request): Verdict {
  const params = getParams(req);
  if (!params) return { kind: "pass" };
  const verdict = trusted.judge(params);
  if (verdict.kind === "fill") {
    const url = new URL(req.url, "http://gateway.invalid");
    url.searchParams.set("query", verdict.query);
    req.url = `${url.pathname}${url.search}`;
  }
  return verdict;
}

function judgeBody(trusted: TrustedOperations, body: unknown): Verdict {
  const requests = Array.isArray(body) ? body : [body];
  for (const params of requests) {
    if (typeof params !== "object" || params === null) continue; // Apollo Server answers malformed bodies
    const verdict = trusted.judge(params as GraphQLParams);
    if (verdict.kind === "refuse") return verdict;
    if (verdict.kind === "fill") (params as GraphQLParams).query = verdict.query;
  }
  return { kind: "pass" };
}

function trustedOperationsHandler(trusted: TrustedOperations): RequestHandler {
  return (req, res, next) => {
    const verdict = req.method === "GET" ? judgeGet(trusted, req) : judgeBody(trusted, req.body);
    if (verdict.kind !== "refuse") return next();
    sendJsonError(res, verdict.status, verdict.code, verdict.message);
  };
}

export function persistedOperations(
  options: { mode: PersistedOperationsMode; manifestPath: string },
  logger: Logger,
): GatewayPlugin {
  const trusted = new TrustedOperations(readManifest(options.manifestPath), options.mode);
  logger.debug({ operations: trusted.size, mode: options.mode }, "trusted-operation manifest loaded");
  return {
    name: `persisted-operations (${options.mode}, ${trusted.size} trusted)`,
    graphqlHandlers: [trustedOperationsHandler(trusted)],
  };
}
