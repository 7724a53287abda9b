/** Gateway process entry (`npm run start:gateway`): read config, serve, stop cleanly on SIGTERM/SIGINT. */
import "../platform/telemetry/preload.js"; // first: tracing starts before Express, HTTP and Apollo load
import { runService } from "../platform/runService.js";
import { readGatewayConfig } from "./config.js";
import { ManifestError } from "./persisted/manifest.js";
import { startGateway } from "./server.js";
import { SupergraphMissingError } from "./supergraph/supergraphSource.js";

await runService({
  name: "gateway",
  title: "gateway",
  readConfig: () => readGatewayConfig(),
  start: startGateway,
  expectedErrors: [SupergraphMissingError, ManifestError],
});
