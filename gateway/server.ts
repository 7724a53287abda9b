/**
 * The gateway process: Apollo Gateway inside Apollo Server on Express. URL layout (one origin):
 *   POST|GET /graphql            GraphQL (a browser opening it gets the playground page)
 *   GET      /                   playground page (GraphiQL, offline)
 *   GET      /playground/…       playground bundle, examples.json, settings.json
 *   GET      /health, /ready     liveness; readiness (supergraph loaded + every subgraph's /health)
 * Cross-cutting behaviour is a list of small plugins, one per module, read below in order.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { DrainState } from "../platform/drainState.js";
import { createHttpServer } from "../platform/httpServer.js";
import { jsonBody } from "../platform/jsonBody.js";
import { listen } from "../platform/listen.js";
import type { Logger } from "../platform/logger.js";
import { metricsEnabled } from "../platform/metrics/metricsRegistry.js";
import { disableApolloTelemetry, GRAPHQL_PATH } from "../platform/serviceCatalog.js";
import type { GatewayConfig } from "./config.js";
import { trackListSizes } from "./limits/listSizes.js";
import { queryPlanCacheCounter } from "./metrics/queryPlanCacheCounter.js";
import { readOperationExamples } from "./playground/operationExamples.js";
import { cacheControl } from "./plugins/cacheControl.js";
import { clientMistakes } from "./plugins/clientMistakes.js";
import { cors } from "./plugins/cors.js";
import { csrfPrevention } from "./plugins/csrfPrevention.js";
import { drainOnShutdown } from "./plugins/drainOnShutdown.js";
import { errorHygiene } from "./plugins/errorHygiene.js";
import type { FormatError, GatewayPlugin } from "./plugins/gatewayPlugin.js";
import { health } from "./plugins/health.js";
import { hideSchemaHints } from "./plugins/hideSchemaHints.js";
import { httpErrors } from "./plugins/httpErrors.js";
import { localIntrospection } from "./plugins/localIntrospection.js";
import { operationLimits } from "./plugins/operationLimits.js";
import { operationResolution } from "./plugins/operationResolution.js";
import { persistedOperations } from "./plugins/persistedOperations.js";
import { playground } from "./plugins/playground.js";
import { readiness } from "./plugins/readiness.js";
import { requestId } from "./plugins/requestId.js";
import { requestLog } from "./plugins/requestLog.js";
import { requestMetrics } from "./plugins/requestMetrics.js";
import { responseCache } from "./plugins/responseCache.js";
import { responseSizeLimit } from "./plugins/responseSizeLimit.js";
import { securityHeaders } from "./plugins/securityHeaders.js";
import { usageReporting } from "./plugins/usageReporting.js";
import { type GatewayContext, gatewayContextOf } from "./requestContext.js";
import { documentCaches } from "./supergraph/documentCaches.js";
import { installOperationMemo } from "./supergraph/operationMemo.js";
import { parseGatewayScalars } from "./supergraph/scalarParsing.js";
import { SubgraphDirectory } from "./supergraph/subgraphDirectory.js";
import { supergraphSource } from "./supergraph/supergraphSource.js";
import { UsageRecorder } from "./usage/usageRecorder.js";

export interface RunningGateway {
  /** GraphQL endpoint. */
  url: string;
  /** Playground page, when enabled. */
  playgroundUrl: string | undefined;
  httpServer: Server;
  /** Readiness 503 and `Connection: close` on every response, while still serving. */
  beginDrain(): void;
  /** Stops accepting, finishes in-flight requests, closes the server. */
  stop(): Promise<void>;
}

function gatewayPlugins(
  config: GatewayConfig,
  logger: Logger,
  httpServer: Server,
  subgraphs: SubgraphDirectory,
  drain: DrainState,
  gateway: ApolloGateway,
): GatewayPlugin[] {
  return [
    securityHeaders(),
    requestId(),
    requestLog(logger, { graphqlPath: GRAPHQL_PATH, logVariables: config.logVariables }),
    ...(metricsEnabled() ? [requestMetrics(GRAPHQL_PATH)] : []),
    ...(config.usage ? [usageReporting(new UsageRecorder(config.usage, logger))] : []),
    cors(config.cors),
    health(),
    readiness(() => subgraphs.list(), drain, logger),
    playground({
      enabled: config.playground,
      assetsDir: config.playgroundDir,
      graphqlPath: GRAPHQL_PATH,
      examples: config.playground ? readOperationExamples(config.operationsDir, logger) : [],
      queryPlan: config.queryPlan,
    }),
    csrfPrevention(),
    persistedOperations({ mode: config.persistedOperations, manifestPath: config.persistedOperationsManifest }, logger),
    operationLimits(config.limits, trackListSizes(gateway)),
    clientMistakes(),
    responseSizeLimit(config.maxResponseBytes),
    operationResolution(),
    localIntrospection(),
    ...cacheControl(),
    ...(config.responseCache ? [responseCache({ variant: config.schemaVariant, queryPlan: config.queryPlan })] : []),
    errorHygiene(logger, { mask: config.maskErrors }),
    ...(config.introspection ? [] : [hideSchemaHints()]),
    drainOnShutdown(httpServer, config.shutdownTimeoutMs),
    httpErrors(logger),
  ];
}

/** The plugins' formatting steps, applied in plugin order. */
function formatErrorOf(plugins: GatewayPlugin[]): FormatError {
  const steps = plugins.flatMap((plugin) => (plugin.formatError ? [plugin.formatError] : []));
  return (formatted, error) => steps.reduce((current, step) => step(current, error), formatted);
}

export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  disableApolloTelemetry(); // also when started in-process (tests, bench), not only through runService

  const app = express();
  app.disable("x-powered-by");
  const httpServer = createHttpServer(app, config.httpTimeouts);
  const drain = new DrainState();
  const subgraphs = new SubgraphDirectory(config, logger);

  if (!installOperationMemo())
    logger.warn("answer shaping rebuilds each operation: @apollo/federation-internals moved");
  const caches = documentCaches(config.caches);
  const gateway = new ApolloGateway({
    queryPlannerConfig: { cache: caches.queryPlanStore },
    supergraphSdl: supergraphSource(config),
    buildService: subgraphs.buildService,
    __exposeQueryPlanExperimental: config.queryPlan,
    // The gateway's own OpenTelemetry spans (gateway.request/validate/plan/execute/fetch); the document only on request.
    telemetry: { includeDocument: config.traceDocument },
    experimental_didResolveQueryPlan: metricsEnabled() ? queryPlanCacheCounter() : undefined,
    logger,
  });
  parseGatewayScalars(gateway);
  const plugins = gatewayPlugins(config, logger, httpServer, subgraphs, drain, gateway);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    documentStore: caches.documentStore,
    // Automatic persisted queries, in a bounded cache; the persisted-operations plugin adds the manifest's hashes.
    persistedQueries: caches.persistedQueries,
    includeStacktraceInErrorResponses: false,
    // Replaced by the csrf-prevention plugin, which serves GET queries without a preflight header (see there).
    csrfPrevention: false,
    allowBatchedHttpRequests: config.limits.maxBatchOperations > 0,
    stopOnTerminationSignals: false,
    logger,
    validationRules: plugins.flatMap((plugin) => plugin.validationRules ?? []),
    formatError: formatErrorOf(plugins),
    plugins: plugins.flatMap((plugin) => (plugin.apollo ? [plugin.apollo] : [])),
  });
  await apollo.start();

  // Before every route: while draining, every answer tells its keep-alive client to reconnect elsewhere.
  app.use(drain.closeConnections);
  for (const plugin of plugins) plugin.routes?.(app);
  app.use(
    GRAPHQL_PATH,
    jsonBody({ limit: config.maxBodyBytes }),
    ...plugins.flatMap((plugin) => plugin.graphqlHandlers ?? []),
    expressMiddleware(apollo, { context: async ({ res }) => gatewayContextOf(res) }),
  );
  for (const plugin of plugins) plugin.fallbacks?.(app);

  try {
    await listen(httpServer, config.port, config.host, "GATEWAY_PORT");
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const origin = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  const running: RunningGateway = {
    url: `${origin}${GRAPHQL_PATH}`,
    playgroundUrl: config.playground ? `${origin}/` : undefined,
    httpServer,
    beginDrain: () => drain.begin(),
    stop: () => apollo.stop(),
  };
  logger.info(
    {
      url: running.url,
      playground: running.playgroundUrl ?? "disabled",
      supergraph: config.supergraphSource,
      variant: config.schemaVariant,
      subgraphs: subgraphs.list(),
      plugins: plugins.map((plugin) => plugin.name),
    },
    "gateway ready",
  );
  return running;
}
