/** Environment of the router's signing proxy: where it listens, the subgraphs it fronts, the secret it signs with. */
import { SUBGRAPHS, type SubgraphName } from "../../gateway/config.js";
import { ConfigError, type Env, readInteger, readPort, readSecrets, readString, readUrl } from "../../platform/env.js";

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
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map(({ name, defaultPort }) => [
      name,
      readUrl(env, `${name.toUpperCase()}_URL`, `http://127.0.0.1:${defaultPort}/graphql`),
    ]),
  ) as Record<SubgraphName, string>;
  return {
    host: readString(env, "HOST", "127.0.0.1"),
    port: readPort(env, "SIGNER_PORT", 4010),
    subgraphUrls,
    signingSecret,
    shutdownTimeoutMs: readInteger(env, "SHUTDOWN_TIMEOUT_MS", 10_000, { min: 100, max: 120_000 }),
  };
}
