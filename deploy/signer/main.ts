/** Router signing proxy entry (`node dist/deploy/signer/main.js`): read config, serve, drain on SIGTERM/SIGINT. */
import { ConfigError } from "../../platform/env.js";
import { createLogger, type Logger } from "../../platform/logger.js";
import { stopOnSignals } from "../../platform/shutdown.js";
import { readSignerConfig } from "./signerConfig.js";
import { startSigningProxy } from "./signingProxy.js";

let logger: Logger | undefined;
try {
  logger = createLogger("router-signer");
  const config = readSignerConfig();
  const signer = await startSigningProxy(config, logger);
  stopOnSignals(() => signer.stop(), logger, config.shutdownTimeoutMs + 1_000);
} catch (error) {
  const reason = error instanceof ConfigError ? error.message : undefined;
  if (logger) logger.fatal(reason ? { reason } : { err: error }, "router signer failed to start");
  else console.error(`router signer failed to start: ${reason ?? String(error)}`);
  process.exitCode = 1;
  setImmediate(() => process.exit(1));
}
