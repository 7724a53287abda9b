/** nosniff, framing protection and the content-security policy on every response, HTML or not, on every path. */
import { securityHeaders as setSecurityHeaders } from "../../platform/securityHeaders.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function securityHeaders(): GatewayPlugin {
  return {
    name: "security-headers",
    routes(app) {
      app.use(setSecurityHeaders);
    },
  };
}
