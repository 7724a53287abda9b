/** Liveness: `GET /health` answers 200 while the process serves HTTP. */
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function health(): GatewayPlugin {
  return {
    name: "health",
    routes(app) {
      app.get("/health", (_req, res) => {
        res.json({ status: "ok", service: "gateway" });
      });
    },
  };
}
