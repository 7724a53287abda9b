/**
 * A cap on the size of one GraphQL response (GATEWAY_MAX_RESPONSE_BYTES): a larger one is replaced by a 400 with
 * RESPONSE_TOO_LARGE, so no single request can pull megabytes out of the federation. Applied where the response
 * is written, on its exact bytes.
 *
 * It is also where a POST's answer is written: measured once, sent with its length. Express's `res.send` would
 * measure it again and hash it for an ETag, which only a GET can use (a POST is never revalidated); GET answers keep
 * going through `res.send`, ETag and 304 included.
 */
import type { RequestHandler } from "express";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export const RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";

export function responseSizeLimit(maxBytes: number): GatewayPlugin {
  const capResponses: RequestHandler = (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body !== "string") return send(body);
      const bytes = Buffer.byteLength(body, "utf8");
      if (bytes <= maxBytes) {
        if (req.method !== "POST" || !res.hasHeader("content-type")) return send(body);
        res.setHeader("Content-Length", bytes);
        res.end(body, "utf8");
        return res;
      }
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
