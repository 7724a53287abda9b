/**
 * The gateway-signature settings every signing or verifying service reads: the secrets for one subgraph (its own
 * `<NAME>_GATEWAY_SECRETS`, else the shared `GATEWAY_SHARED_SECRETS`), the validity window and the replay bound.
 */
import { type Env, readInteger, readSecrets } from "./env.js";
import type { SignatureWindow } from "./gatewaySignature.js";
import { SUBGRAPHS, type SubgraphName } from "./serviceCatalog.js";

/** The variable holding one subgraph's own secrets. */
export function subgraphSecretsVariable(subgraph: string): string {
  return `${subgraph.toUpperCase()}_GATEWAY_SECRETS`;
}

/** Secrets for requests to `subgraph`: its own when set (a leaked shared secret then does not open it), else shared. */
export function readSubgraphSecrets(env: Env, subgraph: string): { variable: string; secrets: string[] } {
  const variable = subgraphSecretsVariable(subgraph);
  const own = readSecrets(env, variable);
  if (own.length > 0) return { variable, secrets: own };
  return { variable: "GATEWAY_SHARED_SECRETS", secrets: readSecrets(env, "GATEWAY_SHARED_SECRETS") };
}

/** The first of each subgraph's own `<NAME>_GATEWAY_SECRETS`, where set: what the gateway and the signer sign with. */
export function readOwnSigningSecrets(env: Env): Partial<Record<SubgraphName, string>> {
  const own: Partial<Record<SubgraphName, string>> = {};
  for (const { name } of SUBGRAPHS) {
    const [first] = readSecrets(env, subgraphSecretsVariable(name));
    if (first) own[name] = first;
  }
  return own;
}

export interface SignatureVerification extends SignatureWindow {
  /** Most signatures remembered at once against replays, per process. */
  replayCacheEntries: number;
}

export function readSignatureVerification(env: Env): SignatureVerification {
  return {
    maxAgeMs: readInteger(env, "GATEWAY_SIGNATURE_MAX_AGE_MS", 30_000, { min: 1_000, max: 300_000 }),
    maxFutureSkewMs: readInteger(env, "GATEWAY_SIGNATURE_MAX_SKEW_MS", 5_000, { min: 0, max: 60_000 }),
    replayCacheEntries: readInteger(env, "GATEWAY_SIGNATURE_REPLAY_CACHE_ENTRIES", 100_000, {
      min: 1_000,
      max: 10_000_000,
    }),
  };
}
