/**
 * The JSON body reader of the GraphQL endpoint. Nearly every request is a small `application/json` body in UTF-8
 * without content encoding: that case is read here in a few lines (collect the bytes, check UTF-8, parse), with the
 * same limits and the same failures body-parser raises (`entity.too.large`, `entity.parse.failed`,
 * `request.aborted`, RequestRefusal for invalid UTF-8), so the error handler answers both alike. Anything else
 * (another charset, a compressed body, no JSON content type) goes through `express.json`, which knows every case.
 * `npm run bench -- --compare` measured body-parser at about a tenth of the gateway's CPU per request.
 */
import type { IncomingMessage } from "node:http";
import express, { type RequestHandler } from "express";
import { refuseInvalidUtf8 } from "./httpErrors.js";

/** `application/json`, optionally with `charset=utf-8`: the only content type read on the fast path. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;
/** body-parser's strict mode: only an object or an array at the top level. */
const STRICT_JSON_START = /^\s*[[{]/;

interface BodyError extends Error {
  status: number;
  type: string;
}

function bodyError(status: number, type: string, message: string): BodyError {
  return Object.assign(new Error(message), { status, type });
}

/** A POST with a body of a declared length (a chunked one goes to body-parser), `application/json` in UTF-8, not compressed. */
function isPlainJson(req: IncomingMessage): boolean {
  const encoding = req.headers["content-encoding"];
  const length = req.headers["content-length"];
  return (
    req.method === "POST" &&
    length !== undefined &&
    length !== "0" &&
    req.headers["transfer-encoding"] === undefined &&
    PLAIN_JSON.test(req.headers["content-type"] ?? "") &&
    (encoding === undefined || encoding.toLowerCase() === "identity")
  );
}

export interface JsonBodyOptions {
  /** Largest body accepted, in bytes. */
  limit: number;
}

export function jsonBody({ limit }: JsonBodyOptions): RequestHandler {
  const general = express.json({ limit, verify: refuseInvalidUtf8 });
  return (req, res, next) => {
    if (!isPlainJson(req)) return general(req, res, next);
    const declared = Number(req.headers["content-length"]);
    if (declared > limit) {
      req.resume();
      return next(bodyError(413, "entity.too.large", "request entity too large"));
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      req.off("data", onData).off("end", onEnd).off("aborted", onAborted).off("error", onError);
      next(error);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        req.resume();
        settle(bodyError(413, "entity.too.large", "request entity too large"));
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      if (received !== declared) {
        return settle(bodyError(400, "request.size.invalid", "request size did not match content length"));
      }
      const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, received);
      try {
        refuseInvalidUtf8(req, res, bytes);
        // body-parser's decoder drops a byte-order mark; so does this reader.
        const text = bytes.toString("utf8", bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
        if (!STRICT_JSON_START.test(text)) throw new SyntaxError("not a JSON object or array");
        req.body = JSON.parse(text);
      } catch (error) {
        return settle(
          error instanceof SyntaxError
            ? bodyError(400, "entity.parse.failed", (error as Error).message)
            : (error as Error),
        );
      }
      settle();
    };
    const onAborted = () => settle(bodyError(400, "request.aborted", "request aborted"));
    const onError = (error: Error) => settle(bodyError(400, "request.aborted", error.message));
    req.on("data", onData).on("end", onEnd).on("aborted", onAborted).on("error", onError);
  };
}
