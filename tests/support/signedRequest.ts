/** Headers that make a request look like the gateway's: a request id and a signature for that subgraph and URL. */
import { randomUUID } from "node:crypto";
import { SIGNATURE_HEADER, signRequest } from "../../platform/gatewaySignature.js";
import { REQUEST_ID_HEADER } from "../../platform/requestIdHeader.js";

export interface Signing {
  secret: string;
  /** The subgraph the signature names. */
  subgraph: string;
  url: string;
  body?: string;
  method?: string;
  now?: number;
}

export function signedHeaders({ secret, subgraph, url, body = "", method = "POST", now }: Signing) {
  const requestId = randomUUID();
  const { pathname, search } = new URL(url);
  const signature = signRequest(secret, { method, target: `${pathname}${search}`, subgraph, requestId, body }, now);
  return { [REQUEST_ID_HEADER]: requestId, [SIGNATURE_HEADER]: signature };
}
