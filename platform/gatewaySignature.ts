/**
 * HMAC signatures on gateway → subgraph requests, so a subgraph serves only its gateway.
 * Header: `x-gateway-signature: t=<unix ms>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. Subgraphs accept any of
 * several secrets, which lets operators rotate a secret without downtime.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-gateway-signature";
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

function mac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signBody(secret: string, body: string, now = Date.now()): string {
  return `t=${now},v1=${mac(secret, now, body)}`;
}

export type SignatureCheck = { valid: true } | { valid: false; reason: string };

export function verifySignature(
  secrets: readonly string[],
  header: string | undefined,
  body: string,
  now = Date.now(),
): SignatureCheck {
  if (!header) return { valid: false, reason: "missing gateway signature" };
  const match = /^t=(\d{1,16}),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return { valid: false, reason: "malformed gateway signature" };
  const timestamp = Number(match[1]);
  if (Math.abs(now - timestamp) > MAX_SIGNATURE_AGE_MS) return { valid: false, reason: "expired gateway signature" };
  const given = Buffer.from(match[2] as string, "hex");
  const matches = secrets.some((secret) => timingSafeEqual(Buffer.from(mac(secret, timestamp, body), "hex"), given));
  return matches ? { valid: true } : { valid: false, reason: "invalid gateway signature" };
}
