/**
 * One JSON log line per request when its response is finished: request id, operation name, HTTP status, outcome,
 * error codes, subgraphs called and duration. Variables stay out unless GATEWAY_LOG_VARIABLES is on.
 */
import type { Logger } from "../../platform/logger.js";
import { requestLogHandler } from "../../platform/requestLogHandler.js";
import { gatewayContextOf } from "../requestContext.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

const OUTCOME_RANK = { ok: 0, partial: 1, error: 2 } as const;

export function requestLog(logger: Logger, options: { graphqlPath: string; logVariables: boolean }): GatewayPlugin {
  return {
    name: options.logVariables ? "request-log (with variables)" : "request-log",
    routes(app) {
      app.use(
        requestLogHandler(logger, {
          graphqlPath: options.graphqlPath,
          requestIdOf: (res) => gatewayContextOf(res).requestId,
          graphqlDetails(res) {
            const { record } = gatewayContextOf(res);
            return {
              operationName: record.operationName ?? null,
              outcome: record.outcome ?? (res.statusCode < 400 ? "ok" : "rejected"),
              errorCodes: record.errorCodes,
              subgraphs: [...record.subgraphsCalled],
              ...(record.responseCache && { responseCache: record.responseCache }),
              ...(options.logVariables && record.variables && { variables: record.variables }),
            };
          },
        }),
      );
    },
    apollo: {
      async requestDidStart({ contextValue }) {
        const { record } = contextValue;
        return {
          async didResolveOperation({ operationName, request }) {
            record.operationName = operationName ?? undefined;
            if (options.logVariables) record.variables = request.variables;
          },
          async willSendResponse({ response }) {
            const result = response.body.kind === "single" ? response.body.singleResult : undefined;
            const errors = result?.errors ?? [];
            record.errorCodes.push(...errors.map((error) => String(error.extensions?.code ?? "UNKNOWN")));
            const hasData = result?.data !== undefined && result.data !== null;
            const outcome = errors.length === 0 ? "ok" : hasData ? "partial" : "error";
            // A batch is one HTTP request: its worst operation decides.
            if (OUTCOME_RANK[outcome] > OUTCOME_RANK[record.outcome ?? "ok"]) record.outcome = outcome;
            else record.outcome ??= outcome;
          },
        };
      },
    },
  };
}
