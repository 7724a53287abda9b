/**
 * How the gateway calls a subgraph: at the configured URL (not the one baked into the supergraph), signed, and with
 * network failures reported by subgraph name (a stable SUBGRAPH_UNAVAILABLE code) instead of an internal address.
 */
import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { SIGNATURE_HEADER, signBody } from "../../platform/gatewaySignature.js";
import type { Logger } from "../../platform/logger.js";

type FetchRequest = Parameters<RemoteGraphQLDataSource["didEncounterError"]>[1];
type FetchResponse = Parameters<RemoteGraphQLDataSource["didEncounterError"]>[2];

export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    readonly name: string,
    url: string,
    signingSecret: string | undefined,
    private readonly logger: Logger,
  ) {
    super({ url });
    if (!signingSecret) return;
    // The subgraph verifies the raw body, so sign at the last moment, over the exact bytes being sent.
    const send = this.fetcher;
    this.fetcher = (target, init = {}) => {
      const body = typeof init.body === "string" ? init.body : (init.body?.toString("utf8") ?? "");
      return send(target, { ...init, headers: { ...init.headers, [SIGNATURE_HEADER]: signBody(signingSecret, body) } });
    };
  }

  override didEncounterError(error: Error, _request: FetchRequest, response?: FetchResponse): void {
    if (response) throw error; // the subgraph answered: its status already maps to a code (401, 403, 5xx)
    this.logger.warn({ subgraph: this.name, url: this.url, reason: error.message }, "subgraph unreachable");
    throw new GraphQLError(`The ${this.name} subgraph is unavailable.`, {
      extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: this.name },
    });
  }
}
