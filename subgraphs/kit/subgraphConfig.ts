/** Environment of one subgraph service: `<NAME>_PORT`, `<NAME>_DB_PATH`, `<NAME>_DATA_DIR`, `HOST`, gateway secrets, shutdown grace. */
import {
  ConfigError,
  type Env,
  isProduction,
  readPort,
  readSecrets,
  readShutdownTimeoutMs,
  readString,
} from "../../platform/env.js";
import {
  databasePathVariable,
  dataDirVariable,
  defaultPortOf,
  portVariable,
  type SubgraphName,
} from "../../platform/serviceCatalog.js";

export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  databasePath: string;
  /** Folder of the YAML data files; unset: the curated files in subgraphs/<name>/data (the bench's synthetic copies set it). */
  dataDir: string | undefined;
  /** Secrets whose gateway signatures are accepted; empty means requests are not checked (development only). */
  gatewaySecrets: string[];
  shutdownTimeoutMs: number;
  /** Replace unexpected errors by "Internal server error." (production). */
  maskErrors: boolean;
}

export function readSubgraphConfig(name: SubgraphName, env: Env = process.env): SubgraphConfig {
  const production = isProduction(env);
  const gatewaySecrets = readSecrets(env, "GATEWAY_SHARED_SECRETS");
  if (production && gatewaySecrets.length === 0) {
    throw new ConfigError(
      "GATEWAY_SHARED_SECRETS",
      "is required in production, so that only the gateway can query subgraphs",
    );
  }
  return {
    name,
    host: readString(env, "HOST", "127.0.0.1"),
    port: readPort(env, portVariable(name), defaultPortOf(name)),
    databasePath: readString(env, databasePathVariable(name), ":memory:"),
    dataDir: readString(env, dataDirVariable(name), "") || undefined,
    gatewaySecrets,
    shutdownTimeoutMs: readShutdownTimeoutMs(env),
    maskErrors: production,
  };
}
