/** The gateway's environment, read and validated in one place; a bad value throws ConfigError naming the variable. */
import {
  ConfigError,
  type Env,
  isProduction,
  readBoolean,
  readChoice,
  readInteger,
  readPort,
  readSecrets,
  readShutdownDrainDelayMs,
  readShutdownTimeoutMs,
  readString,
} from "../platform/env.js";
import { type HttpTimeouts, readHttpTimeouts } from "../platform/httpServer.js";
import { fromProjectRoot } from "../platform/projectRoot.js";
import { GATEWAY_DEFAULT_PORT, readSubgraphUrls, SUBGRAPHS, type SubgraphName } from "../platform/serviceCatalog.js";
import { readOwnSigningSecrets, subgraphSecretsVariable } from "../platform/signatureConfig.js";
import { readTraceDocument } from "../platform/telemetry/graphqlAttributes.js";
import type { OperationLimits } from "./limits/limitDefinitions.js";
import type { DocumentCacheSizes } from "./supergraph/documentCaches.js";
import { readUsageConfig, type UsageConfig } from "./usage/usageConfig.js";

export interface GatewayConfig {
  host: string;
  port: number;
  /** GraphQL endpoint of each subgraph; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** `file`: the committed supergraph; `live`: introspect the running subgraphs and compose at start-up. */
  supergraphSource: "file" | "live";
  /** `public`: the public contract (default); `internal`: everything, `dataFile` fields included (operators). */
  schemaVariant: SchemaVariant;
  supergraphPath: string;
  production: boolean;
  playground: boolean;
  introspection: boolean;
  /** Answer `Apollo-Query-Plan-Experimental: 1` requests with the query plan in `extensions`. */
  queryPlan: boolean;
  /** Secret the gateway signs subgraph requests with (the first of GATEWAY_SHARED_SECRETS); none in development. */
  signingSecret: string | undefined;
  /** A subgraph's own signing secret (the first of `<NAME>_GATEWAY_SECRETS`), used instead of the shared one. */
  subgraphSigningSecrets: Partial<Record<SubgraphName, string>>;
  shutdownTimeoutMs: number;
  /** Serving on, readiness 503, after SIGTERM before the listener closes. */
  drainDelayMs: number;
  /** Byte bounds of the per-document caches (parsed documents, query plans, persisted queries). */
  caches: DocumentCacheSizes;
  /** Bounds on slow clients (request, headers, keep-alive idle). */
  httpTimeouts: HttpTimeouts;
  /** Limits every operation must meet before it is planned. */
  limits: OperationLimits;
  /** Largest HTTP request body the GraphQL endpoint reads. */
  maxBodyBytes: number;
  /** Largest GraphQL response it sends; larger ones become RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** How long one subgraph request may take before the gateway answers without that subgraph. */
  subgraphTimeoutMs: number;
  /** Pooled keep-alive connections per subgraph. */
  subgraphMaxSockets: number;
  /** Merge identical subgraph queries that are in flight at the same moment. */
  subgraphDedupe: boolean;
  /** Replace internal error messages by "Internal server error." (production). */
  maskErrors: boolean;
  /** Include operation variables in the per-request log line (they may hold personal data). */
  logVariables: boolean;
  /** Built playground bundle (`npm run build:playground`). */
  playgroundDir: string;
  /** Registered operations, served to the playground as example tabs. */
  operationsDir: string;
  /** Record the GraphQL document on the gateway's spans (TRACE_GRAPHQL_DOCUMENT). */
  traceDocument: boolean;
  /** Usage recording (GATEWAY_USAGE_STORE); off when undefined. */
  usage: UsageConfig | undefined;
  /** `allow`: any operation, registered ones also by hash; `require`: only operations in the manifest. */
  persistedOperations: "allow" | "require";
  /** The trusted-operation manifest `schema:compose` writes (Apollo's persisted query list format). */
  persistedOperationsManifest: string;
  /** Whole responses of cacheable operations kept in memory, keyed by document, variables and variant. */
  responseCache: boolean;
  cors: CorsPolicy;
}

export type SchemaVariant = "public" | "internal";

/** Supergraph file of each variant, written by `schema:compose`. */
export const SUPERGRAPH_OF_VARIANT: Record<SchemaVariant, string> = {
  public: "schema/contracts/public.supergraph.graphql",
  internal: "schema/supergraph.graphql",
};

export interface CorsPolicy {
  /** Origins allowed to read responses; `*` only when GATEWAY_CORS_ORIGINS says so. Empty: same origin only. */
  origins: readonly string[] | "*";
  /** Send `Access-Control-Allow-Credentials: true` (never with `*`). The API itself reads no cookies. */
  credentials: boolean;
}

export function readGatewayConfig(env: Env = process.env): GatewayConfig {
  const production = isProduction(env);
  const secrets = readSecrets(env, "GATEWAY_SHARED_SECRETS");
  const subgraphSigningSecrets = readOwnSigningSecrets(env);
  const unsigned = SUBGRAPHS.filter(({ name }) => !subgraphSigningSecrets[name]);
  if (production && secrets.length === 0 && unsigned.length > 0) {
    throw new ConfigError(
      "GATEWAY_SHARED_SECRETS",
      `is required in production (or ${unsigned.map(({ name }) => subgraphSecretsVariable(name)).join(", ")}): subgraphs only answer signed requests`,
    );
  }
  const host = readString(env, "HOST", "127.0.0.1");
  const supergraphSource = readChoice(env, "GATEWAY_SUPERGRAPH_SOURCE", ["file", "live"], "file");
  const schemaVariant = readSchemaVariant(env, supergraphSource);
  return {
    host,
    port: readPort(env, "GATEWAY_PORT", GATEWAY_DEFAULT_PORT),
    subgraphUrls: readSubgraphUrls(env),
    supergraphSource,
    schemaVariant,
    supergraphPath: fromProjectRoot(readString(env, "SUPERGRAPH_PATH", SUPERGRAPH_OF_VARIANT[schemaVariant])),
    production,
    playground: readBoolean(env, "GATEWAY_PLAYGROUND", !production),
    introspection: readBoolean(env, "GATEWAY_INTROSPECTION", !production),
    queryPlan: readBoolean(env, "GATEWAY_QUERY_PLAN", !production),
    signingSecret: secrets[0],
    subgraphSigningSecrets,
    shutdownTimeoutMs: readShutdownTimeoutMs(env),
    drainDelayMs: readShutdownDrainDelayMs(env),
    httpTimeouts: readHttpTimeouts(env),
    caches: {
      documentsMb: readInteger(env, "GATEWAY_DOCUMENT_CACHE_MB", 8, { min: 1, max: 1_024 }),
      queryPlansMb: readInteger(env, "GATEWAY_QUERY_PLAN_CACHE_MB", 8, { min: 1, max: 1_024 }),
      persistedQueriesMb: readInteger(env, "GATEWAY_PERSISTED_QUERY_CACHE_MB", 4, { min: 1, max: 1_024 }),
    },
    limits: readOperationLimits(env),
    maxBodyBytes: readInteger(env, "GATEWAY_MAX_BODY_BYTES", 1_048_576, { min: 1_024, max: 16_777_216 }),
    maxResponseBytes: readInteger(env, "GATEWAY_MAX_RESPONSE_BYTES", 524_288, { min: 1_024, max: 67_108_864 }),
    subgraphTimeoutMs: readInteger(env, "GATEWAY_SUBGRAPH_TIMEOUT_MS", 5_000, { min: 50, max: 120_000 }),
    subgraphMaxSockets: readInteger(env, "GATEWAY_SUBGRAPH_MAX_SOCKETS", 64, { min: 1, max: 10_000 }),
    subgraphDedupe: readBoolean(env, "GATEWAY_SUBGRAPH_DEDUPE", true),
    maskErrors: readBoolean(env, "GATEWAY_MASK_ERRORS", production),
    logVariables: readBoolean(env, "GATEWAY_LOG_VARIABLES", false),
    playgroundDir: fromProjectRoot("dist/playground"),
    operationsDir: fromProjectRoot("schema/operations"),
    traceDocument: readTraceDocument(env),
    usage: readUsageConfig(env),
    persistedOperations: readChoice(env, "GATEWAY_PERSISTED_OPERATIONS", ["allow", "require"], "allow"),
    persistedOperationsManifest: fromProjectRoot("schema/generated/persisted-query-manifest.json"),
    responseCache: readBoolean(env, "GATEWAY_RESPONSE_CACHE", true),
    cors: readCorsPolicy(env),
  };
}

/** Live composition serves whatever the subgraphs compose to: the internal variant, and only that one. */
function readSchemaVariant(env: Env, supergraphSource: "file" | "live"): SchemaVariant {
  const variant = readChoice(
    env,
    "GATEWAY_SCHEMA_VARIANT",
    ["public", "internal"],
    supergraphSource === "live" ? "internal" : "public",
  );
  if (supergraphSource === "live" && variant === "public") {
    throw new ConfigError(
      "GATEWAY_SCHEMA_VARIANT",
      "cannot be public with GATEWAY_SUPERGRAPH_SOURCE=live: live composition applies no contract (serve the committed file instead)",
    );
  }
  return variant;
}

function readCorsPolicy(env: Env): CorsPolicy {
  const listed = readString(env, "GATEWAY_CORS_ORIGINS", "")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  const credentials = readBoolean(env, "GATEWAY_CORS_CREDENTIALS", false);
  if (listed.includes("*")) {
    if (listed.length > 1) throw new ConfigError("GATEWAY_CORS_ORIGINS", "is either * or a list of origins, not both");
    if (credentials) throw new ConfigError("GATEWAY_CORS_CREDENTIALS", "cannot be on when GATEWAY_CORS_ORIGINS is *");
    return { origins: "*", credentials };
  }
  for (const origin of listed) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    // An origin is scheme://host[:port], exactly as browsers send it: no path, no trailing slash.
    if (!parsed || !["http:", "https:"].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError("GATEWAY_CORS_ORIGINS", `must list origins like https://app.example.com, got "${origin}"`);
    }
  }
  return { origins: listed, credentials };
}

/**
 * Defaults leave every registered operation (depth ≤ 6, cost ≤ 5,200 at their page sizes and declared list sizes,
 * ≤ 170 tokens), a full page of 100 facts with their evidence (9,527) and GraphiQL's introspection query room to
 * spare; one unpaged `regions → countries → region → countries` chain (10,850) is over the cost limit.
 */
function readOperationLimits(env: Env): OperationLimits {
  return {
    maxDocumentBytes: readInteger(env, "GATEWAY_MAX_DOCUMENT_BYTES", 16_384, { min: 64, max: 1_048_576 }),
    maxTokens: readInteger(env, "GATEWAY_MAX_TOKENS", 1_000, { min: 10, max: 100_000 }),
    maxDepth: readInteger(env, "GATEWAY_MAX_DEPTH", 10, { min: 1, max: 100 }),
    maxAliases: readInteger(env, "GATEWAY_MAX_ALIASES", 15, { min: 0, max: 1_000 }),
    maxRootFields: readInteger(env, "GATEWAY_MAX_ROOT_FIELDS", 10, { min: 1, max: 1_000 }),
    maxCost: readInteger(env, "GATEWAY_MAX_COST", 10_000, { min: 1, max: 1_000_000 }),
    maxDirectives: readInteger(env, "GATEWAY_MAX_DIRECTIVES", 20, { min: 0, max: 1_000 }),
    maxBatchOperations: readInteger(env, "GATEWAY_MAX_BATCH_OPERATIONS", 0, { min: 0, max: 100 }),
  };
}
