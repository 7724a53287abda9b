/**
 * A subgraph's front door on /graphql: read the raw body (size-capped), check the gateway's signature over it before
 * anything is parsed, then parse the JSON. Whatever fails answers a JSON error (platform/httpErrors.ts).
 */
import express, { type RequestHandler } from "express";
import { SIGNATURE_HEADER, type SignaturePolicy, verifyRequest } from "../../platform/gatewaySignature.js";
import { RequestRefusal, refuseInvalidUtf8 } from "../../platform/httpErrors.js";
import type { Logger } from "../../platform/logger.js";
import { REQUEST_ID_HEADER } from "../../platform/requestIdHeader.js";

export interface FrontDoorOptions {
  /** The subgraph's name, which the signature must name. */
  subgraph: string;
  maxBodyBytes: number;
  /** Signature checking; absent: requests are not checked (development). */
  signatures?: SignaturePolicy;
}

function requireSignature(subgraph: string, policy: SignaturePolicy): RequestHandler {
  return (req, _res, next) => {
    const check = verifyRequest(policy, req.get(SIGNATURE_HEADER), {
      method: req.method,
      target: req.originalUrl,
      subgraph,
      requestId: req.get(REQUEST_ID_HEADER) ?? "",
      body: Buffer.isBuffer(req.body) ? req.body : "",
    });
    if (check.valid) return next();
    next(
      new RequestRefusal(
        check.missing ? 401 : 403,
        check.missing ? "UNAUTHENTICATED" : "FORBIDDEN",
        `This subgraph only serves its gateway: ${check.reason}.`,
      ),
    );
  };
}

/** The verified bytes as the JSON object Apollo Server expects; other content types are Apollo's to refuse. */
const parseJsonBody: RequestHandler = (req, _res, next) => {
  if (!Buffer.isBuffer(req.body)) return next();
  const bytes = req.body;
  try {
    refuseInvalidUtf8(req, _res, bytes);
  } catch (refusal) {
    return next(refusal);
  }
  if (!req.is(["application/json", "application/*+json"])) {
    req.body = {};
    return next();
  }
  try {
    req.body = bytes.length === 0 ? {} : JSON.parse(bytes.toString("utf8"));
    next();
  } catch {
    next(new RequestRefusal(400, "BAD_REQUEST", "The request body is not valid JSON."));
  }
};

export function frontDoor(options: FrontDoorOptions): RequestHandler[] {
  return [
    express.raw({ type: () => true, limit: options.maxBodyBytes }),
    ...(options.signatures ? [requireSignature(options.subgraph, options.signatures)] : []),
    parseJsonBody,
  ];
}

/**
 * A request whose caller has already gone (the gateway gave up on it: timeout, client disconnect) is not executed:
 * nobody would read the answer. Typical after a pause: the subgraph reads a backlog of requests whose sockets the
 * gateway has since closed.
 */
export function skipIfClientGone(logger: Logger): RequestHandler {
  return (req, res, next) => {
    // A backlog's requests arrive with their sockets' ends queued behind them: Node reads a socket's end one
    // event-loop turn after its request, so look after two turns (well under a millisecond when idle).
    setImmediate(() =>
      setImmediate(() => {
        const gone = req.socket.destroyed || req.socket.readableEnded || res.destroyed;
        if (!gone) return next();
        logger.info({ requestId: req.get(REQUEST_ID_HEADER) }, "caller gone: request not executed");
      }),
    );
  };
}
