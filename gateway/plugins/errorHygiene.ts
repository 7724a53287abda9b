/**
 * Error hygiene: every error is filtered (errors/publicErrors.ts), internal ones are masked in production, logged
 * with the request id, and carry that id in `extensions.requestId` so a client can quote it to an operator.
 */

import { INTERNAL_SERVER_ERROR } from "../../platform/internalErrors.js";
import type { Logger } from "../../platform/logger.js";
import { isPublicCode, sanitizeError } from "../errors/publicErrors.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function errorHygiene(logger: Logger, options: { mask: boolean }): GatewayPlugin {
  return {
    name: options.mask ? "error-hygiene (masking)" : "error-hygiene",
    formatError: (formatted) => sanitizeError(formatted, options.mask),
    apollo: {
      async requestDidStart({ contextValue }) {
        return {
          async didEncounterErrors({ errors, operationName }) {
            for (const error of errors) {
              if (isPublicCode(error.extensions.code)) continue;
              logger.error(
                {
                  requestId: contextValue.requestId,
                  operationName,
                  serviceName: error.extensions.serviceName,
                  err: error.originalError ?? error,
                },
                "internal error",
              );
            }
          },
          async willSendResponse({ response }) {
            if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
            const result = response.body.singleResult;
            result.errors = result.errors?.map((error) =>
              error.extensions?.code === INTERNAL_SERVER_ERROR
                ? { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }
                : error,
            );
          },
        };
      },
    },
  };
}
