/** Serves one subgraph over HTTP: GraphQL at /graphql, liveness at /health, readiness at /ready. */

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type BaseContext } from "@apollo/server";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type RequestHandler } from "express";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import { DrainState } from "../../platform/drainState.js";
import { DEFAULT_SIGNATURE_WINDOW, type SignatureWindow } from "../../platform/gatewaySignature.js";
import { documentStore } from "../../platform/heapSizedCache.js";
import { jsonErrors, notFound } from "../../platform/httpErrors.js";
import { createHttpServer, type HttpTimeouts } from "../../platform/httpServer.js";
import { isUnexpected, maskedError } from "../../platform/internalErrors.js";
import { listen } from "../../platform/listen.js";
import type { Logger } from "../../platform/logger.js";
import { metricsEnabled } from "../../platform/metrics/metricsRegistry.js";
import { ReplayCache } from "../../platform/replayCache.js";
import { REQUEST_ID_HEADER, settleRequestId } from "../../platform/requestIdHeader.js";
import { requestLogHandler } from "../../platform/requestLogHandler.js";
import { securityHeaders } from "../../platform/securityHeaders.js";
import { GRAPHQL_PATH, portVariable } from "../../platform/serviceCatalog.js";
import { readTraceDocument } from "../../platform/telemetry/graphqlAttributes.js";
import { tracingStarted } from "../../platform/telemetry/tracing.js";
import { frontDoor, skipIfClientGone } from "./frontDoor.js";
import { requestObservation } from "./requestObservation.js";

/** The gateway's body limit defaults to 1 MB; a subgraph request is the gateway's, plus entity representations. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface SubgraphServerOptions<Context extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  createContext: () => Context;
  host: string;
  port: number;
  logger: Logger;
  /** Secrets whose gateway signatures are accepted; empty: requests are not checked (development). */
  gatewaySecrets: readonly string[];
  /** How old (and how far in the future) a signature may be, and how many the replay cache holds. */
  signatureWindow?: SignatureWindow & { replayCacheEntries: number };
  httpTimeouts?: HttpTimeouts;
  shutdownTimeoutMs?: number;
  /** Replace unexpected errors (no code, or INTERNAL_SERVER_ERROR) by "Internal server error." (production). */
  maskErrors?: boolean;
}

export interface RunningSubgraph {
  url: string;
  httpServer: Server;
  /** Readiness 503 and `Connection: close` on every response, while still serving. */
  beginDrain(): void;
  stop(): Promise<void>;
}

function maskUnexpected(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return isUnexpected(formatted.extensions?.code) ? maskedError(formatted) : formatted;
}

/** Tags each request with the gateway's request id (a new one when a caller sent none), echoed in the response. */
const tagRequestId: RequestHandler = (req, res, next) => {
  res.locals.requestId = settleRequestId(req, res);
  next();
};

const SUBGRAPH_DOCUMENT_CACHE_MB = 8;

export async function startSubgraphServer<Context extends BaseContext>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningSubgraph> {
  const app = express();
  const httpServer = createHttpServer(app, options.httpTimeouts);
  const drain = new DrainState();
  let accepting = true;

  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    // The gateway's plans decide which documents arrive; still bounded, so distinct client documents cannot grow it.
    documentStore: documentStore(SUBGRAPH_DOCUMENT_CACHE_MB),
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    ...(options.maskErrors && { formatError: maskUnexpected }),
    plugins: [
      {
        // The unmasked error goes to the log, under the request id the gateway's log line carries too.
        async requestDidStart({ request }) {
          return {
            async didEncounterErrors({ errors }) {
              for (const error of errors) {
                if (!isUnexpected(error.extensions.code)) continue;
                options.logger.error(
                  { requestId: request.http?.headers.get(REQUEST_ID_HEADER), err: error.originalError ?? error },
                  "resolver failed",
                );
              }
            },
          };
        },
      },
      // Unobserved (tracing and metrics off), requests skip the observation hooks entirely.
      ...(tracingStarted() || metricsEnabled()
        ? [requestObservation<Context>({ traceDocument: readTraceDocument() })]
        : []),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownTimeoutMs ?? 10_000 }),
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(
    securityHeaders,
    drain.closeConnections,
    tagRequestId,
    requestLogHandler(options.logger, { graphqlPath: GRAPHQL_PATH, requestIdOf: (res) => res.locals.requestId }),
  );
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: options.name });
  });
  app.get("/ready", (_req, res) => {
    const ready = accepting && !drain.draining;
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "stopping", service: options.name });
  });
  const window = options.signatureWindow ?? { ...DEFAULT_SIGNATURE_WINDOW, replayCacheEntries: 100_000 };
  app.use(
    GRAPHQL_PATH,
    ...frontDoor({
      subgraph: options.name,
      maxBodyBytes: MAX_BODY_BYTES,
      ...(options.gatewaySecrets.length > 0 && {
        signatures: { ...window, secrets: options.gatewaySecrets, replays: new ReplayCache(window.replayCacheEntries) },
      }),
    }),
    skipIfClientGone(options.logger),
    expressMiddleware(apollo, { context: async () => options.createContext() }),
  );
  app.use(notFound, jsonErrors(options.logger));

  await listen(httpServer, options.port, options.host, portVariable(options.name));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host}:${port}${GRAPHQL_PATH}`;
  options.logger.info({ url, gatewaySignatures: options.gatewaySecrets.length > 0 }, `${options.name} subgraph ready`);
  if (options.gatewaySecrets.length === 0) {
    options.logger.warn("GATEWAY_SHARED_SECRETS is not set: this subgraph answers anyone (development only)");
  }

  return {
    url,
    httpServer,
    beginDrain: () => drain.begin(),
    stop: async () => {
      accepting = false;
      await apollo.stop();
    },
  };
}
