/**
 * HMAC signatures on gateway → subgraph requests, so a subgraph serves only its gateway, only the request the gateway
 * meant, only once. Header: `x-gateway-signature: t=<unix ms>,n=<nonce>,v2=<hex HMAC-SHA256>` over the method, path
 * with query, target subgraph name, timestamp, nonce, `x-request-id` and the SHA-256 of the body. A subgraph refuses
 * signatures older than its window, more than its skew in the future, or seen before (see replayCache.ts); it accepts
 * any of several secrets, which lets operators rotate a secret without downtime.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { ReplayCache } from "./replayCache.js";

export const SIGNATURE_HEADER = "x-gateway-signature";

/** What a signature covers: everything that decides what the subgraph does with the request. */
export interface SignedRequest {
  method: string;
  /** Path and query string, as the subgraph receives them (`/graphql?query=…`). */
  target: string;
  /** The subgraph the request is meant for: a signature for diplomacy does not open finance. */
  subgraph: string;
  requestId: string;
  body: Buffer | string;
}

export interface SignatureWindow {
  /** Oldest accepted signature, in ms. */
  maxAgeMs: number;
  /** How far in the future a timestamp may be (clock skew between hosts), in ms. */
  maxFutureSkewMs: number;
}

export const DEFAULT_SIGNATURE_WINDOW: SignatureWindow = { maxAgeMs: 30_000, maxFutureSkewMs: 5_000 };

function mac(secret: string, request: SignedRequest, timestamp: number, nonce: string): string {
  const digest = createHash("sha256").update(request.body).digest("hex");
  const canonical = [
    "v2",
    request.method.toUpperCase(),
    request.target,
    request.subgraph,
    timestamp,
    nonce,
    request.requestId,
    digest,
  ];
  return createHmac("sha256", secret).update(canonical.join("\n")).digest("hex");
}

export function signRequest(secret: string, request: SignedRequest, now = Date.now()): string {
  const nonce = randomBytes(12).toString("hex");
  return `t=${now},n=${nonce},v2=${mac(secret, request, now, nonce)}`;
}

export type SignatureCheck = { valid: true } | { valid: false; missing: boolean; reason: string };

export interface SignaturePolicy extends SignatureWindow {
  secrets: readonly string[];
  replays: ReplayCache;
}

const FORMAT = /^t=(\d{1,16}),n=([0-9a-f]{24}),v2=([0-9a-f]{64})$/;

function refuse(reason: string, missing = false): SignatureCheck {
  return { valid: false, missing, reason };
}

export function verifyRequest(
  policy: SignaturePolicy,
  header: string | undefined,
  request: SignedRequest,
  now = Date.now(),
): SignatureCheck {
  if (!header) return refuse("missing gateway signature", true);
  const match = FORMAT.exec(header);
  if (!match) return refuse("malformed gateway signature");
  const timestamp = Number(match[1]);
  if (now - timestamp > policy.maxAgeMs) return refuse("expired gateway signature");
  if (timestamp - now > policy.maxFutureSkewMs) return refuse("gateway signature from the future");
  const given = Buffer.from(match[3] as string, "hex");
  const nonce = match[2] as string;
  const matches = policy.secrets.some((secret) =>
    timingSafeEqual(Buffer.from(mac(secret, request, timestamp, nonce), "hex"), given),
  );
  if (!matches) return refuse("invalid gateway signature");
  // Only a valid signature enters the cache, so only a holder of the secret can fill it.
  const verdict = policy.replays.admit(match[3] as string, timestamp + policy.maxAgeMs, now);
  if (verdict === "replayed") return refuse("replayed gateway signature");
  if (verdict === "full") return refuse("too many signed requests in the signature window");
  return { valid: true };
}
