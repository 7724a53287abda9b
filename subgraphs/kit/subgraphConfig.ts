/** Environment of one subgraph service: `<NAME>_PORT`, `<NAME>_DB_PATH`, `<NAME>_DATA_DIR`, `HOST`, gateway signatures, shutdown grace. */
import {
  ConfigError,
  type Env,
  isProduction,
  readPort,
  readShutdownDrainDelayMs,
  readShutdownTimeoutMs,
  readString,
} from "../../platform/env.js";
import { type HttpTimeouts, readHttpTimeouts } from "../../platform/httpServer.js";
import {
  databasePathVariable,
  dataDirVariable,
  defaultPortOf,
  portVariable,
  type SubgraphName,
} from "../../platform/serviceCatalog.js";
import {
  readSignatureVerification,
  readSubgraphSecrets,
  type SignatureVerification,
  subgraphSecretsVariable,
} from "../../platform/signatureConfig.js";

export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  databasePath: string;
  /** Folder of the YAML data files; unset: the curated files in subgraphs/<name>/data (the bench's synthetic copies set it). */
  dataDir: string | undefined;
  /** Secrets whose gateway signatures are accepted; empty means requests are not checked (development only). */
  gatewaySecrets: string[];
  signatureWindow: SignatureVerification;
  shutdownTimeoutMs: number;
  drainDelayMs: number;
  httpTimeouts: HttpTimeouts;
  /** Replace unexpected errors by "Internal server error." (production). */
  maskErrors: boolean;
}

export function readSubgraphConfig(name: SubgraphName, env: Env = process.env): SubgraphConfig {
  const production = isProduction(env);
  const { secrets: gatewaySecrets } = readSubgraphSecrets(env, name);
  if (production && gatewaySecrets.length === 0) {
    throw new ConfigError(
      "GATEWAY_SHARED_SECRETS",
      `(or ${subgraphSecretsVariable(name)}) is required in production, so that only the gateway can query subgraphs`,
    );
  }
  return {
    name,
    host: readString(env, "HOST", "127.0.0.1"),
    port: readPort(env, portVariable(name), defaultPortOf(name)),
    databasePath: readString(env, databasePathVariable(name), ":memory:"),
    dataDir: readString(env, dataDirVariable(name), "") || undefined,
    gatewaySecrets,
    signatureWindow: readSignatureVerification(env),
    shutdownTimeoutMs: readShutdownTimeoutMs(env),
    drainDelayMs: readShutdownDrainDelayMs(env),
    httpTimeouts: readHttpTimeouts(env),
    maskErrors: production,
  };
}
