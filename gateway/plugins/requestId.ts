/** Every request gets an `x-request-id` (the caller's when well-formed, else a new UUID), echoed in the response. */
import { settleRequestId } from "../../platform/requestIdHeader.js";
import { newGatewayContext } from "../requestContext.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function requestId(): GatewayPlugin {
  return {
    name: "request-id",
    routes(app) {
      app.use((req, res, next) => {
        res.locals.gateway = newGatewayContext(settleRequestId(req, res));
        next();
      });
    },
  };
}
