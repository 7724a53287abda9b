/** Environment of the router's signing proxy: where it listens, the subgraphs it fronts, the secret it signs with. */
import { ConfigError, type Env, readPort, readSecrets, readShutdownTimeoutMs, readString } from "../../platform/env.js";
import { readSubgraphUrls, SIGNER_DEFAULT_PORT, type SubgraphName } from "../../platform/serviceCatalog.js";

export interface SignerConfig {
  /** Loopback by default, like every service; containers set 0.0.0.0 (or keep loopback as a pod sidecar). */
  host: string;
  port: number;
  /** GraphQL endpoint of each subgraph, by the name the supergraph gives it. */
  subgraphUrls: Record<SubgraphName, string>;
  signingSecret: string;
  shutdownTimeoutMs: number;
}

export function readSignerConfig(env: Env = process.env): SignerConfig {
  const [signingSecret] = readSecrets(env, "GATEWAY_SHARED_SECRETS");
  if (!signingSecret) throw new ConfigError("GATEWAY_SHARED_SECRETS", "is required: signing is the signer's only job");
  return {
    host: readString(env, "HOST", "127.0.0.1"),
    port: readPort(env, "SIGNER_PORT", SIGNER_DEFAULT_PORT),
    subgraphUrls: readSubgraphUrls(env),
    signingSecret,
    shutdownTimeoutMs: readShutdownTimeoutMs(env),
  };
}
