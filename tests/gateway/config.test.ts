/** The gateway's environment: defaults that make `npm start` work, production defaults, and each bad value named. */
import { describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/config.js";
import { ConfigError } from "../../platform/env.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";

const SECRET = "a-shared-secret-of-enough-length";

function rejection(env: Record<string, string>): ConfigError {
  try {
    readGatewayConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe("gateway config", () => {
  it("defaults to the fixed local layout", () => {
    const config = readGatewayConfig({});
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 4000,
      subgraphUrls: {
        diplomacy: "http://127.0.0.1:4001/graphql",
        infrastructure: "http://127.0.0.1:4002/graphql",
        finance: "http://127.0.0.1:4003/graphql",
      },
      supergraphSource: "file",
      schemaVariant: "public",
      supergraphPath: fromProjectRoot("schema/contracts/public.supergraph.graphql"),
      persistedOperations: "allow",
      responseCache: true,
      cors: { origins: [], credentials: false },
      production: false,
      playground: true,
      introspection: true,
      queryPlan: true,
      signingSecret: undefined,
      shutdownTimeoutMs: 10_000,
    });
  });

  it("turns the playground, introspection and query plans off in production, each switchable back on", () => {
    const production = readGatewayConfig({ NODE_ENV: "production", GATEWAY_SHARED_SECRETS: SECRET });
    expect(production).toMatchObject({ production: true, playground: false, introspection: false, queryPlan: false });
    expect(production.signingSecret).toBe(SECRET);
    const switched = readGatewayConfig({
      NODE_ENV: "production",
      GATEWAY_SHARED_SECRETS: SECRET,
      GATEWAY_PLAYGROUND: "true",
      GATEWAY_INTROSPECTION: "1",
      GATEWAY_QUERY_PLAN: "yes",
    });
    expect(switched).toMatchObject({ playground: true, introspection: true, queryPlan: true });
    expect(readGatewayConfig({ GATEWAY_PLAYGROUND: "false", GATEWAY_QUERY_PLAN: "off" })).toMatchObject({
      playground: false,
      queryPlan: false,
    });
  });

  it("reads every variable it documents", () => {
    const config = readGatewayConfig({
      HOST: "0.0.0.0",
      GATEWAY_PORT: "5000",
      DIPLOMACY_URL: "http://diplomacy:8080/graphql",
      INFRASTRUCTURE_URL: "https://infra.internal/graphql",
      FINANCE_URL: "http://10.0.0.3:4003/graphql",
      SUPERGRAPH_PATH: "schema/other.graphql",
      GATEWAY_SUPERGRAPH_SOURCE: "live",
      SHUTDOWN_TIMEOUT_MS: "2500",
      GATEWAY_SHARED_SECRETS: `${SECRET},an-older-secret-being-retired`,
    });
    expect(config).toMatchObject({
      host: "0.0.0.0",
      port: 5000,
      subgraphUrls: {
        diplomacy: "http://diplomacy:8080/graphql",
        infrastructure: "https://infra.internal/graphql",
        finance: "http://10.0.0.3:4003/graphql",
      },
      supergraphSource: "live",
      supergraphPath: fromProjectRoot("schema/other.graphql"),
      shutdownTimeoutMs: 2500,
      signingSecret: SECRET,
    });
  });

  it.each([
    ["GATEWAY_PORT", "http"],
    ["GATEWAY_PORT", "70000"],
    ["GATEWAY_PORT", "-1"],
    ["DIPLOMACY_URL", "not a url"],
    ["INFRASTRUCTURE_URL", "ftp://infra/graphql"],
    ["FINANCE_URL", "localhost:4003"],
    ["GATEWAY_SUPERGRAPH_SOURCE", "uplink"],
    ["NODE_ENV", "staging"],
    ["GATEWAY_PLAYGROUND", "maybe"],
    ["GATEWAY_INTROSPECTION", "2"],
    ["GATEWAY_QUERY_PLAN", "sometimes"],
    ["SHUTDOWN_TIMEOUT_MS", "10s"],
    ["SHUTDOWN_TIMEOUT_MS", "5"],
    ["GATEWAY_SHARED_SECRETS", "short"],
    ["GATEWAY_MAX_DEPTH", "0"],
    ["GATEWAY_MAX_TOKENS", "lots"],
    ["GATEWAY_MAX_COST", "-1"],
    ["GATEWAY_MAX_BATCH_OPERATIONS", "101"],
    ["GATEWAY_SUBGRAPH_TIMEOUT_MS", "10"],
    ["GATEWAY_MASK_ERRORS", "perhaps"],
    ["GATEWAY_SCHEMA_VARIANT", "partner"],
    ["GATEWAY_PERSISTED_OPERATIONS", "deny"],
    ["GATEWAY_RESPONSE_CACHE", "sometimes"],
    ["GATEWAY_CORS_ORIGINS", "app.example.com"],
    ["GATEWAY_CORS_ORIGINS", "https://app.example.com/"],
    ["GATEWAY_CORS_ORIGINS", "*,https://app.example.com"],
    ["GATEWAY_CORS_CREDENTIALS", "maybe"],
  ])("rejects %s=%j, naming the variable", (variable, value) => {
    const error = rejection({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it("serves the public contract unless the internal variant is asked for; live composition serves only internal", () => {
    expect(readGatewayConfig({ GATEWAY_SCHEMA_VARIANT: "internal" }).supergraphPath).toBe(
      fromProjectRoot("schema/supergraph.graphql"),
    );
    expect(readGatewayConfig({ GATEWAY_SUPERGRAPH_SOURCE: "live" }).schemaVariant).toBe("internal");
    expect(rejection({ GATEWAY_SUPERGRAPH_SOURCE: "live", GATEWAY_SCHEMA_VARIANT: "public" }).variable).toBe(
      "GATEWAY_SCHEMA_VARIANT",
    );
  });

  it("allows CORS origins one by one, * only when asked and never with credentials", () => {
    expect(readGatewayConfig({ GATEWAY_CORS_ORIGINS: "https://app.example.com, http://localhost:5173" }).cors).toEqual({
      origins: ["https://app.example.com", "http://localhost:5173"],
      credentials: false,
    });
    expect(readGatewayConfig({ GATEWAY_CORS_ORIGINS: "*" }).cors).toEqual({ origins: "*", credentials: false });
    expect(rejection({ GATEWAY_CORS_ORIGINS: "*", GATEWAY_CORS_CREDENTIALS: "true" }).variable).toBe(
      "GATEWAY_CORS_CREDENTIALS",
    );
  });

  it("requires a signing secret in production, since production subgraphs refuse unsigned requests", () => {
    expect(rejection({ NODE_ENV: "production" }).variable).toBe("GATEWAY_SHARED_SECRETS");
  });

  it("limits operations by default, refuses batches, and masks errors in production only", () => {
    const development = readGatewayConfig({});
    expect(development.limits).toEqual({
      maxDocumentBytes: 16_384,
      maxTokens: 1_000,
      maxDepth: 10,
      maxAliases: 15,
      maxRootFields: 10,
      maxCost: 10_000,
      maxDirectives: 20,
      maxBatchOperations: 0,
    });
    expect(development).toMatchObject({ subgraphTimeoutMs: 5_000, maskErrors: false, logVariables: false });
    expect(readGatewayConfig({ NODE_ENV: "production", GATEWAY_SHARED_SECRETS: SECRET }).maskErrors).toBe(true);
    expect(readGatewayConfig({ GATEWAY_MAX_DEPTH: "4", GATEWAY_SUBGRAPH_TIMEOUT_MS: "750" })).toMatchObject({
      limits: { maxDepth: 4 },
      subgraphTimeoutMs: 750,
    });
  });
});
