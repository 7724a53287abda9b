/** Invalid values for every setting each service reads, and the variable its rejection must name. */
import { SUBGRAPH_NAMES } from "../../../platform/serviceCatalog.js";

export interface InvalidSetting {
  /** The variable the error must name. */
  variable: string;
  env: Record<string, string>;
}

const SHORT_SECRET = "too-short";
/** Long enough, but a repeated pattern: guessable. */
const PATTERN_SECRET = "abababababababababababab";

/** Settings every Node service reads (platform/env.ts, platform/logger.ts). */
function shared(): InvalidSetting[] {
  return [
    { variable: "LOG_LEVEL", env: { LOG_LEVEL: "loud" } },
    { variable: "NODE_ENV", env: { NODE_ENV: "staging" } },
    { variable: "SHUTDOWN_TIMEOUT_MS", env: { SHUTDOWN_TIMEOUT_MS: "soon" } },
    { variable: "SHUTDOWN_TIMEOUT_MS", env: { SHUTDOWN_TIMEOUT_MS: "50" } },
    { variable: "GATEWAY_SHARED_SECRETS", env: { GATEWAY_SHARED_SECRETS: SHORT_SECRET } },
    { variable: "GATEWAY_SHARED_SECRETS", env: { GATEWAY_SHARED_SECRETS: PATTERN_SECRET } },
    { variable: "GATEWAY_SHARED_SECRETS_FILE", env: { GATEWAY_SHARED_SECRETS_FILE: "/nonexistent/secret" } },
    { variable: "GATEWAY_SHARED_SECRETS", env: { NODE_ENV: "production" } },
  ];
}

function subgraphUrls(): InvalidSetting[] {
  return SUBGRAPH_NAMES.flatMap((name) => {
    const variable = `${name.toUpperCase()}_URL`;
    return [
      { variable, env: { [variable]: "not a url" } },
      { variable, env: { [variable]: `ftp://${name}:21/graphql` } },
    ];
  });
}

export function invalidSubgraphSettings(name: string): InvalidSetting[] {
  const port = `${name.toUpperCase()}_PORT`;
  return [
    { variable: port, env: { [port]: "http" } },
    { variable: port, env: { [port]: "65536" } },
    { variable: port, env: { [port]: "-1" } },
    ...shared(),
  ];
}

export function invalidGatewaySettings(): InvalidSetting[] {
  return [
    { variable: "GATEWAY_PORT", env: { GATEWAY_PORT: "4000.5" } },
    { variable: "GATEWAY_PORT", env: { GATEWAY_PORT: "70000" } },
    ...subgraphUrls(),
    { variable: "GATEWAY_SUPERGRAPH_SOURCE", env: { GATEWAY_SUPERGRAPH_SOURCE: "remote" } },
    { variable: "GATEWAY_PLAYGROUND", env: { GATEWAY_PLAYGROUND: "maybe" } },
    { variable: "GATEWAY_INTROSPECTION", env: { GATEWAY_INTROSPECTION: "2" } },
    { variable: "GATEWAY_QUERY_PLAN", env: { GATEWAY_QUERY_PLAN: "sometimes" } },
    ...shared(),
  ];
}

export function invalidSignerSettings(): InvalidSetting[] {
  return [
    { variable: "SIGNER_PORT", env: { SIGNER_PORT: "signer" } },
    { variable: "GATEWAY_SHARED_SECRETS", env: { GATEWAY_SHARED_SECRETS: "" } },
    { variable: "SIGNER_TOKEN", env: { SIGNER_TOKEN: "" } },
    { variable: "SIGNER_TOKEN", env: { SIGNER_TOKEN: "password12345678" } },
    ...subgraphUrls(),
    // The signer always signs, so it needs no NODE_ENV to decide whether a secret is required.
    ...shared().filter((setting) => !("NODE_ENV" in setting.env)),
  ];
}

export function invalidHealthcheckSettings(): InvalidSetting[] {
  return [
    { variable: "HEALTHCHECK_URL", env: { HEALTHCHECK_URL: "localhost:4000/ready" } },
    { variable: "HEALTHCHECK_TIMEOUT_MS", env: { HEALTHCHECK_TIMEOUT_MS: "0" } },
  ];
}
