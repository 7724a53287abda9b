/** Router signing proxy entry (`node dist/deploy/signer/main.js`): read config, serve, drain on SIGTERM/SIGINT. */
import { runService } from "../../platform/runService.js";
import { readSignerConfig } from "./signerConfig.js";
import { startSigningProxy } from "./signingProxy.js";

await runService({
  name: "router-signer",
  title: "router signer",
  readConfig: () => readSignerConfig(),
  start: startSigningProxy,
});
