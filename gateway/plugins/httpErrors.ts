/** HTTP-level failures (unknown path, unparseable or oversized JSON body) answered as GraphQL-shaped JSON errors. */
import { jsonErrors, notFound } from "../../platform/httpErrors.js";
import type { Logger } from "../../platform/logger.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function httpErrors(logger: Logger): GatewayPlugin {
  return {
    name: "http-errors",
    fallbacks(app) {
      app.use(notFound);
      app.use(jsonErrors(logger));
    },
  };
}
