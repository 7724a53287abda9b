/** Router signing proxy entry (`node dist/deploy/signer/main.js`): read config, serve, drain on SIGTERM/SIGINT. */
import "../../platform/telemetry/preload.js"; // first: tracing starts before Express, HTTP and Apollo load
import { runService } from "../../platform/runService.js";
import { readSignerConfig } from "./signerConfig.js";
import { startSigningProxy } from "./signingProxy.js";

await runService({
  name: "router-signer",
  title: "router signer",
  invocation: "node dist/deploy/signer/main.js",
  readConfig: () => readSignerConfig(),
  start: startSigningProxy,
});
