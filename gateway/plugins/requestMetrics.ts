/**
 * Prometheus metrics for each GraphQL request: in flight, duration, and on completion its outcome and error codes
 * by operation (read from the request record the request-log plugin fills in).
 */
import {
  graphqlErrors,
  graphqlRequestDuration,
  graphqlRequests,
  graphqlRequestsInFlight,
  operationLabel,
} from "../metrics/gatewayMetrics.js";
import { gatewayContextOf } from "../requestContext.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function requestMetrics(graphqlPath: string): GatewayPlugin {
  return {
    name: "request-metrics",
    routes(app) {
      app.use(graphqlPath, (_req, res, next) => {
        const started = process.hrtime.bigint();
        graphqlRequestsInFlight()?.inc();
        res.once("close", () => {
          graphqlRequestsInFlight()?.dec();
          const { record } = gatewayContextOf(res);
          const operation = operationLabel(record.operationName ?? "anonymous");
          const outcome = record.outcome ?? (res.statusCode < 400 ? "ok" : "rejected");
          graphqlRequests()?.inc({ operation, outcome });
          for (const code of new Set(record.errorCodes)) graphqlErrors()?.inc({ operation, code });
          graphqlRequestDuration()?.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        });
        next();
      });
    },
  };
}
