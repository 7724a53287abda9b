/**
 * Per GraphQL request in a subgraph: the GraphQL semantic-convention attributes on the request's span and the
 * request-duration histogram, labelled by operation and outcome.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { graphqlAttributes } from "../../platform/telemetry/graphqlAttributes.js";
import { annotateActiveSpan } from "../../platform/telemetry/tracing.js";
import { operationLabel, subgraphRequestDuration } from "./subgraphMetrics.js";

export function requestObservation<Context extends BaseContext>(options: {
  traceDocument: boolean;
}): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation({ operationName, operation, source }) {
          annotateActiveSpan(
            graphqlAttributes({
              name: operationName,
              type: operation?.operation,
              document: options.traceDocument ? source : undefined,
            }),
          );
        },
        async willSendResponse({ response, operationName, errors }) {
          const histogram = subgraphRequestDuration();
          if (!histogram) return;
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          const failed = (errors?.length ?? 0) > 0 || (result?.errors?.length ?? 0) > 0;
          histogram.observe(
            { operation: operationLabel(operationName ?? "anonymous"), outcome: failed ? "error" : "ok" },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
        },
      };
    },
  };
}
