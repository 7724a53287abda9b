/**
 * Express handler on the GraphQL endpoint: a request that sends both a document and an automatic-persisted-query hash
 * must send the document's hash. Apollo Server refuses a mismatch with an error that has no code, which error
 * masking reports as internal; this answers it as the client's mistake first.
 */
import { createHash } from "node:crypto";
import { parse as parseUrl } from "node:url";
import type { Request, RequestHandler } from "express";
import { sendJsonError } from "../../platform/httpErrors.js";

export const PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";

interface Operation {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

function jsonParam(value: string | null): unknown {
  try {
    return value === null ? undefined : JSON.parse(value);
  } catch {
    return undefined; // Apollo refuses it itself
  }
}

function operationsOf(req: Request): Operation[] {
  if (req.method === "GET") {
    const params = new URLSearchParams(parseUrl(req.url).search ?? "");
    return [{ query: params.get("query") ?? undefined, extensions: jsonParam(params.get("extensions")) as never }];
  }
  const body: unknown = req.body;
  const operations = Array.isArray(body) ? body : [body];
  return operations.filter((operation): operation is Operation => typeof operation === "object" && operation !== null);
}

export const persistedQueryHash: RequestHandler = (req, res, next) => {
  for (const { query, extensions } of operationsOf(req)) {
    const hash = extensions?.persistedQuery?.sha256Hash;
    if (typeof query !== "string" || typeof hash !== "string") continue;
    if (createHash("sha256").update(query).digest("hex") !== hash) {
      return sendJsonError(
        res,
        400,
        PERSISTED_QUERY_HASH_MISMATCH,
        "The persisted-query hash does not match the document.",
      );
    }
  }
  next();
};
