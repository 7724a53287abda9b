/**
 * How the gateway calls a subgraph: at the configured URL (not the one baked into the supergraph), signed, over a
 * pooled keep-alive connection with a deadline, carrying the request id. Network failures and timeouts are reported
 * by subgraph name (SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT) instead of an internal address; the rest of the
 * operation still answers with what the other subgraphs returned.
 */
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { SIGNATURE_HEADER, signBody } from "../../platform/gatewaySignature.js";
import type { Logger } from "../../platform/logger.js";
import { REQUEST_ID_HEADER } from "../../platform/requestIdHeader.js";
import type { GatewayContext } from "../requestContext.js";
import { type SubgraphFetcherOptions, SubgraphTimeoutError, subgraphFetcher } from "./subgraphFetcher.js";

type FetchRequest = Parameters<RemoteGraphQLDataSource["didEncounterError"]>[1];
type FetchResponse = Parameters<RemoteGraphQLDataSource["didEncounterError"]>[2];

export interface SubgraphDataSourceOptions extends SubgraphFetcherOptions {
  signingSecret: string | undefined;
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<Partial<GatewayContext>> {
  constructor(
    readonly name: string,
    url: string,
    options: SubgraphDataSourceOptions,
    private readonly logger: Logger,
  ) {
    super({ url });
    const send = subgraphFetcher(options);
    const { signingSecret } = options;
    // The subgraph verifies the raw body, so sign at the last moment, over the exact bytes being sent.
    this.fetcher = !signingSecret
      ? send
      : (target, init = {}) => {
          const body = typeof init.body === "string" ? init.body : (init.body?.toString("utf8") ?? "");
          return send(target, {
            ...init,
            headers: { ...init.headers, [SIGNATURE_HEADER]: signBody(signingSecret, body) },
          });
        };
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>): void {
    // Live-mode composition introspects without a client request, hence no context.
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    context.record?.subgraphsCalled.add(this.name);
  }

  override didEncounterError(error: Error, _request: FetchRequest, response?: FetchResponse): void {
    if (response) {
      // The subgraph answered with an HTTP error: keep its code (401, 403…) and say which subgraph it was.
      const extensions = error instanceof GraphQLError ? error.extensions : {};
      throw new GraphQLError(error.message, {
        originalError: error,
        extensions: { ...extensions, serviceName: this.name },
      });
    }
    const timedOut = error instanceof SubgraphTimeoutError;
    this.logger.warn({ subgraph: this.name, url: this.url, reason: error.message }, "subgraph request failed");
    throw new GraphQLError(
      timedOut ? `The ${this.name} subgraph did not answer in time.` : `The ${this.name} subgraph is unavailable.`,
      { extensions: { code: timedOut ? "SUBGRAPH_TIMEOUT" : "SUBGRAPH_UNAVAILABLE", serviceName: this.name } },
    );
  }
}
