/** Serves one subgraph over HTTP: GraphQL at /graphql, liveness at /health, readiness at /ready. */
import { createServer, type Server } from "node:http";
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
import { isUnexpected, maskedError } from "../../platform/internalErrors.js";
import { listen } from "../../platform/listen.js";
import type { Logger } from "../../platform/logger.js";
import { REQUEST_ID_HEADER, settleRequestId } from "../../platform/requestIdHeader.js";
import { requestLogHandler } from "../../platform/requestLogHandler.js";
import { GRAPHQL_PATH, portVariable } from "../../platform/serviceCatalog.js";
import { captureRawBody, requireGatewaySignature } from "./gatewayOnly.js";

export interface SubgraphServerOptions<Context extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  createContext: () => Context;
  host: string;
  port: number;
  logger: Logger;
  /** Secrets whose gateway signatures are accepted; empty: requests are not checked (development). */
  gatewaySecrets: readonly string[];
  shutdownTimeoutMs?: number;
  /** Replace unexpected errors (no code, or INTERNAL_SERVER_ERROR) by "Internal server error." (production). */
  maskErrors?: boolean;
}

export interface RunningSubgraph {
  url: string;
  httpServer: Server;
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

export async function startSubgraphServer<Context extends BaseContext>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningSubgraph> {
  const app = express();
  const httpServer = createServer(app);
  let accepting = true;

  const apollo = new ApolloServer<Context>({
    schema: options.schema,
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
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownTimeoutMs ?? 10_000 }),
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(
    tagRequestId,
    requestLogHandler(options.logger, { graphqlPath: GRAPHQL_PATH, requestIdOf: (res) => res.locals.requestId }),
  );
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: options.name });
  });
  app.get("/ready", (_req, res) => {
    res.status(accepting ? 200 : 503).json({ status: accepting ? "ready" : "stopping", service: options.name });
  });
  const bodyParser = express.json({ limit: "1mb", verify: captureRawBody });
  const gatewayOnly: RequestHandler[] =
    options.gatewaySecrets.length > 0 ? [requireGatewaySignature(options.gatewaySecrets)] : [];
  app.use(
    GRAPHQL_PATH,
    bodyParser,
    ...gatewayOnly,
    expressMiddleware(apollo, { context: async () => options.createContext() }),
  );

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
    stop: async () => {
      accepting = false;
      await apollo.stop();
    },
  };
}
