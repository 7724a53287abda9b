/**
 * Express handler on the GraphQL endpoint, before Apollo parses anything: the batch size, then each document's size
 * in bytes and in lexical tokens. Parsing cost grows with tokens, so an oversized document is refused unparsed.
 */

import type { Request, RequestHandler, Response } from "express";
import { Lexer, Source, TokenKind } from "graphql";
import { sendJsonError } from "../../platform/httpErrors.js";
import { getParameters } from "../getParameters.js";
import { type LimitName, OperationLimitError, type OperationLimits } from "./limitDefinitions.js";

/** Counts tokens up to `max + 1`; a lexing error stops the count (Apollo reports the syntax error itself). */
export function countTokens(document: string, max: number): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  try {
    while (count <= max && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // not a document: leave it to the parser
  }
  return count;
}

/** The documents Apollo Server will run: for GET, every `query` parameter, read as Apollo reads them. */
function documentsOf(req: Request): unknown[] {
  if (req.method === "GET") return getParameters(req).getAll("query");
  const body: unknown = req.body;
  if (Array.isArray(body)) return body.map((operation) => (operation as { query?: unknown } | null)?.query);
  return [(body as { query?: unknown } | undefined)?.query];
}

function reject(res: Response, limit: LimitName, message: string): void {
  const error = new OperationLimitError(limit, message);
  sendJsonError(res, 400, error.code, error.message);
}

// Documents already found within the limits: clients repeat the same few, so the lexer runs once per document.
const ACCEPTED_CACHE_SIZE = 1_000;

export function documentLimits(limits: OperationLimits): RequestHandler {
  const accepted = new Set<string>();
  return (req, res, next) => {
    if (Array.isArray(req.body) && req.method === "POST") {
      if (limits.maxBatchOperations === 0) return reject(res, "batch", "Batched requests are not accepted.");
      if (req.body.length > limits.maxBatchOperations) {
        return reject(
          res,
          "batch",
          `The batch holds ${req.body.length} operations; the limit is ${limits.maxBatchOperations}.`,
        );
      }
    }
    for (const document of documentsOf(req)) {
      if (typeof document !== "string" || accepted.has(document)) continue;
      const bytes = Buffer.byteLength(document, "utf8");
      if (bytes > limits.maxDocumentBytes) {
        return reject(res, "documentBytes", `The document is ${bytes} bytes; the limit is ${limits.maxDocumentBytes}.`);
      }
      if (countTokens(document, limits.maxTokens) > limits.maxTokens) {
        return reject(res, "tokens", `The document has more than ${limits.maxTokens} tokens.`);
      }
      if (accepted.size >= ACCEPTED_CACHE_SIZE) accepted.clear();
      accepted.add(document);
    }
    next();
  };
}
