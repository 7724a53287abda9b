/** Every request gets an `x-request-id` (the caller's when well-formed, else a new UUID), echoed in the response. */
import { acceptRequestId, REQUEST_ID_HEADER } from "../../platform/requestId.js";
import { newGatewayContext } from "../requestContext.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function requestId(): GatewayPlugin {
  return {
    name: "request-id",
    routes(app) {
      app.use((req, res, next) => {
        const id = acceptRequestId(req.get(REQUEST_ID_HEADER));
        res.locals.gateway = newGatewayContext(id);
        res.setHeader(REQUEST_ID_HEADER, id);
        next();
      });
    },
  };
}
