/** Environment of the router's signing proxy: where it listens, who may call it, the subgraphs it fronts, its secrets. */
import { ConfigError, type Env, readPort, readSecrets, readShutdownTimeoutMs, readString } from "../../platform/env.js";
import { type HttpTimeouts, readHttpTimeouts } from "../../platform/httpServer.js";
import { readSubgraphUrls, SIGNER_DEFAULT_PORT, type SubgraphName } from "../../platform/serviceCatalog.js";
import { readOwnSigningSecrets } from "../../platform/signatureConfig.js";

export interface SignerConfig {
  /** SIGNER_HOST, loopback by default: as a sidecar it shares the router's network namespace and needs no more. */
  host: string;
  port: number;
  /** The caller's credential: requests must send `Authorization: Bearer <token>` (SIGNER_TOKEN). */
  callerToken: string;
  /** GraphQL endpoint of each subgraph, by the name the supergraph gives it. */
  subgraphUrls: Record<SubgraphName, string>;
  /** The shared secret (first of GATEWAY_SHARED_SECRETS), for subgraphs without their own. */
  signingSecret: string | undefined;
  /** A subgraph's own secret (first of `<NAME>_GATEWAY_SECRETS`), used instead of the shared one. */
  subgraphSigningSecrets: Partial<Record<SubgraphName, string>>;
  shutdownTimeoutMs: number;
  httpTimeouts?: HttpTimeouts;
}

export function readSignerConfig(env: Env = process.env): SignerConfig {
  const [signingSecret] = readSecrets(env, "GATEWAY_SHARED_SECRETS");
  const subgraphSigningSecrets = readOwnSigningSecrets(env);
  const subgraphUrls = readSubgraphUrls(env);
  const unsigned = Object.keys(subgraphUrls).filter((name) => !subgraphSigningSecrets[name as SubgraphName]);
  if (!signingSecret && unsigned.length > 0) {
    throw new ConfigError("GATEWAY_SHARED_SECRETS", "is required: signing is the signer's only job");
  }
  const [callerToken] = readSecrets(env, "SIGNER_TOKEN");
  if (!callerToken) {
    throw new ConfigError("SIGNER_TOKEN", "is required: the signer signs only for a caller that sends this token");
  }
  return {
    host: readString(env, "SIGNER_HOST", "127.0.0.1"),
    port: readPort(env, "SIGNER_PORT", SIGNER_DEFAULT_PORT),
    callerToken,
    subgraphUrls,
    signingSecret,
    subgraphSigningSecrets,
    shutdownTimeoutMs: readShutdownTimeoutMs(env),
    httpTimeouts: readHttpTimeouts(env),
  };
}
