/**
 * How the gateway calls a subgraph: at the configured URL (not the one baked into the supergraph), signed, over a
 * pooled keep-alive connection with a deadline, carrying the request id. Network failures and timeouts are reported
 * by subgraph name (SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT) and the response path they leave null, instead of an
 * internal address; the rest of the operation still answers with what the other subgraphs returned.
 *
 * A failed fetch of one entity's fields answers those fields as null rather than leaving them missing: to
 * @apollo/gateway a missing field is a missing `@requires` input, and it then skips every later fetch that requires
 * it, so `Article.facts` (which merges the other subgraphs' fact indexes) would be null instead of partial.
 */

import { randomUUID } from "node:crypto";
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { type DocumentNode, GraphQLError, Kind, parse, type SelectionSetNode } from "graphql";
import { SIGNATURE_HEADER, signRequest } from "../../platform/gatewaySignature.js";
import type { Logger } from "../../platform/logger.js";
import { REQUEST_ID_HEADER } from "../../platform/requestIdHeader.js";
import type { GatewayContext } from "../requestContext.js";
import { BufferedHeaders } from "./bufferedResponse.js";
import { dedupeInflight } from "./inflightDedupe.js";
import { subgraphCacheHint } from "./subgraphCacheHint.js";
import { type SubgraphFetcherOptions, SubgraphTimeoutError, subgraphFetcher } from "./subgraphFetcher.js";

type FetchResponse = Awaited<ReturnType<RemoteGraphQLDataSource["fetcher"]>>;
type ProcessOptions = GraphQLDataSourceProcessOptions<Partial<GatewayContext>>;
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;

export interface SubgraphDataSourceOptions extends SubgraphFetcherOptions {
  signingSecret: string | undefined;
  /** Merge identical queries in flight at the same moment into one subgraph request. */
  dedupeInflight: boolean;
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
    const signed: typeof send = !signingSecret
      ? send
      : (target, init = {}) => {
          const body = typeof init.body === "string" ? init.body : (init.body?.toString("utf8") ?? "");
          const headers = { ...(init.headers as Record<string, string>) };
          // Live-mode introspection has no client request: its id is made here, so the signature still covers one.
          headers[REQUEST_ID_HEADER] ??= randomUUID();
          const { pathname, search } = new URL(target);
          const signature = signRequest(signingSecret, {
            method: init.method ?? "POST",
            target: `${pathname}${search}`,
            subgraph: name,
            requestId: headers[REQUEST_ID_HEADER],
            body,
          });
          return send(target, { ...init, headers: { ...headers, [SIGNATURE_HEADER]: signature } });
        };
    this.fetcher = options.dedupeInflight ? dedupeInflight(signed) : signed;
  }

  override async process(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    try {
      return await this.send(options);
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.path) throw error;
      const entity = nullEntity(options);
      // The gateway places an error at `_entities.0` on that entity's path: the same path failedPath gives.
      if (entity) return { data: { _entities: [entity] }, errors: [{ ...error.toJSON(), path: ["_entities", 0] }] };
      throw new GraphQLError(error.message, {
        originalError: error,
        extensions: error.extensions,
        path: failedPath(options),
      });
    }
  }

  /**
   * RemoteGraphQLDataSource's request, minus the node-fetch `Headers` and `Request` it builds on every call only to
   * hand to hooks that do not read them here (a URL parse and two header copies per subgraph request). The same
   * headers, body, answer checks and cache-control restriction; no APQ (subgraphs always get the query text).
   */
  private async send(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    if (!request.query) throw new Error("Missing query");
    const headers = new BufferedHeaders(request.http?.headers);
    headers.set("content-type", "application/json");
    // Live-mode composition introspects without a client request, hence no context.
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    context.record?.subgraphsCalled.add(this.name);
    const { http: _clientHttp, query, ...rest } = request;
    let response: FetchResponse | undefined;
    try {
      response = await this.fetcher(this.url, {
        method: "POST",
        headers: Object.fromEntries(headers),
        body: JSON.stringify({ query, ...rest }),
      });
      if (!response.ok) throw await this.errorFromResponse(response);
      const body = await this.parseBody(response);
      if (typeof body !== "object" || body === null || Array.isArray(body)) {
        throw new Error(`Expected JSON response body, but received: ${body}`);
      }
      // Only a client's operation has an overall cache policy (not live-mode introspection or health checks).
      const policy =
        "incomingRequestContext" in options ? options.incomingRequestContext.overallCachePolicy : undefined;
      if (policy && "restrict" in policy) policy.restrict(subgraphCacheHint(response.headers.get("cache-control")));
      return { ...body, http: response } as GatewayGraphQLResponse;
    } catch (error) {
      throw this.subgraphError(error as Error, response);
    }
  }

  /** The error a failed subgraph request becomes: by subgraph name, without the internal address. */
  private subgraphError(error: Error, response: FetchResponse | undefined): GraphQLError {
    if (response) {
      // The subgraph answered with an HTTP error: keep its code (401, 403…) and say which subgraph it was.
      const extensions = error instanceof GraphQLError ? error.extensions : {};
      return new GraphQLError(error.message, {
        originalError: error,
        extensions: { ...extensions, serviceName: this.name },
      });
    }
    const timedOut = error instanceof SubgraphTimeoutError;
    this.logger.warn({ subgraph: this.name, url: this.url, reason: error.message }, "subgraph request failed");
    return new GraphQLError(
      timedOut ? `The ${this.name} subgraph did not answer in time.` : `The ${this.name} subgraph is unavailable.`,
      { extensions: { code: timedOut ? "SUBGRAPH_TIMEOUT" : "SUBGRAPH_UNAVAILABLE", serviceName: this.name } },
    );
  }
}

function parseOrUndefined(query: string | undefined): DocumentNode | undefined {
  try {
    return query === undefined ? undefined : parse(query);
  } catch {
    return undefined;
  }
}

/** The selections of `_entities` in an entity fetch's document. */
function entitiesSelection(document: DocumentNode | undefined): SelectionSetNode | undefined {
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return undefined;
  const field = operation.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === "_entities",
  );
  return field?.kind === Kind.FIELD ? field.selectionSet : undefined;
}

/**
 * For a failed fetch of one entity (not of a list of them, whose error keeps the list's path): the entity with
 * every field the fetch asked for set to null. Undefined for any other fetch.
 */
function nullEntity(
  options: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>,
): Record<string, unknown> | undefined {
  if (!("pathInIncomingRequest" in options) || (options.pathInIncomingRequest ?? []).includes("@")) return undefined;
  const representations = options.request.variables?.representations as { __typename?: unknown }[] | undefined;
  const typename = representations?.length === 1 ? representations[0]?.__typename : undefined;
  const selection = entitiesSelection(options.document ?? parseOrUndefined(options.request.query));
  if (typeof typename !== "string" || !selection) return undefined;
  const entity: Record<string, unknown> = { __typename: typename };
  for (const fragment of selection.selections) {
    if (fragment.kind !== Kind.INLINE_FRAGMENT || fragment.typeCondition?.name.value !== typename) continue;
    for (const field of fragment.selectionSet.selections) {
      if (field.kind === Kind.FIELD && field.name.value !== "__typename")
        entity[(field.alias ?? field.name).value] = null;
    }
  }
  return entity;
}

/**
 * Where a failed fetch leaves null in the response: the entities' location for an entity fetch (up to the first
 * list, "@" in the planner's path), or the first root field it asked for.
 */
function failedPath(options: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>): (string | number)[] {
  const path = "pathInIncomingRequest" in options ? ((options.pathInIncomingRequest ?? []) as (string | number)[]) : [];
  const list = path.indexOf("@");
  if (path.length > 0) return list < 0 ? path : path.slice(0, list);
  try {
    const operation = parse(options.request.query ?? "").definitions.find(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const first = operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections[0] : undefined;
    return first?.kind === Kind.FIELD ? [(first.alias ?? first.name).value] : [];
  } catch {
    return [];
  }
}
