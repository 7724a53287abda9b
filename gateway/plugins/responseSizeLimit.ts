/**
 * A cap on the size of one GraphQL response (GATEWAY_MAX_RESPONSE_BYTES): a larger one is replaced by a 400 with
 * RESPONSE_TOO_LARGE, so no single request can pull megabytes out of the federation. Applied where the response
 * is written, on its exact bytes.
 */
import type { RequestHandler } from "express";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export const RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";

export function responseSizeLimit(maxBytes: number): GatewayPlugin {
  const capResponses: RequestHandler = (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body !== "string" || Buffer.byteLength(body, "utf8") <= maxBytes) return send(body);
      res.status(400).type("application/json");
      return send(
        JSON.stringify({
          errors: [
            {
              message: `The response exceeds ${maxBytes} bytes: ask for fewer fields or smaller pages.`,
              extensions: { code: RESPONSE_TOO_LARGE },
            },
          ],
        }),
      );
    };
    next();
  };
  return { name: `response-size-limit (${maxBytes} bytes)`, graphqlHandlers: [capResponses] };
}
