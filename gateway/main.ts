/** Gateway process entry (`npm run start:gateway`): read config, serve, stop cleanly on SIGTERM/SIGINT. */
import { ConfigError } from "../platform/env.js";
import { createProcessLogger } from "../platform/logger.js";
import { stopOnSignals } from "../platform/shutdown.js";
import { readGatewayConfig } from "./config.js";
import { startGateway } from "./server.js";
import { SupergraphMissingError } from "./supergraph/supergraphSource.js";

process.env.APOLLO_TELEMETRY_DISABLED ??= "1";
const logger = createProcessLogger("gateway");

try {
  const config = readGatewayConfig();
  const gateway = await startGateway(config, logger);
  stopOnSignals(() => gateway.stop(), logger, config.shutdownTimeoutMs + 1_000);
} catch (error) {
  const expected = error instanceof ConfigError || error instanceof SupergraphMissingError;
  logger.fatal(expected ? { reason: (error as Error).message } : { err: error }, "gateway failed to start");
  process.exitCode = 1;
  setImmediate(() => process.exit(1));
}
