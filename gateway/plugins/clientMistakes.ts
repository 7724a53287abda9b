/**
 * A client's mistake is answered as one, never as an internal error: a missing root operation type and `__` aliases
 * are validation errors, every RequestRejection gets its own code back, and no message echoes more than ~100
 * characters of a client's value. (A persisted-query hash that does not match its document is refused by the
 * persisted-operations plugin, for POST, GET and batches alike.)
 */

import { truncateEchoes } from "../errors/echoLimit.js";
import { rejectionOf } from "../errors/requestRejection.js";
import { knownOperationTypesRule } from "../validation/knownOperationTypesRule.js";
import { reservedAliasRule } from "../validation/reservedAliasRule.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function clientMistakes(): GatewayPlugin {
  return {
    name: "client-mistakes",
    validationRules: [knownOperationTypesRule, reservedAliasRule],
    // Apollo Server labels every validation error GRAPHQL_VALIDATION_FAILED; give a rejection its own code back.
    formatError(formatted, error) {
      const rejection = rejectionOf(error);
      const message = truncateEchoes(formatted.message);
      if (!rejection) return { ...formatted, message };
      return { ...formatted, message, extensions: { ...formatted.extensions, code: rejection.code } };
    },
  };
}
