/**
 * Operation limits, enforced before planning: batch/bytes/tokens before parsing, depth/aliases/directives/root fields
 * as validation rules, and cost once the request's variables are known (page sizes may come from them).
 */
import { GraphQLError } from "graphql";
import { armorRules } from "../limits/armorRules.js";
import { costLimit } from "../limits/costLimit.js";
import { documentLimits } from "../limits/documentLimits.js";
import { OperationLimitError, type OperationLimits } from "../limits/limitDefinitions.js";
import { rootFieldLimitRule } from "../limits/rootFieldLimitRule.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

/** The limit rejection behind an error, if any: Apollo wraps it once as a ValidationError. */
function limitRejection(error: unknown): OperationLimitError | undefined {
  let current = error;
  for (let depth = 0; depth < 3 && current; depth += 1) {
    if (current instanceof OperationLimitError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

export function operationLimits(limits: OperationLimits): GatewayPlugin {
  const checkCost = costLimit(limits.maxCost);
  return {
    name: "operation-limits",
    graphqlHandlers: [documentLimits(limits)],
    validationRules: [...armorRules(limits), rootFieldLimitRule(limits.maxRootFields)],
    // Apollo Server labels every validation error GRAPHQL_VALIDATION_FAILED; give a limit its own code back.
    formatError(formatted, error) {
      const rejection = limitRejection(error);
      if (!rejection) return formatted;
      return { ...formatted, extensions: { ...formatted.extensions, code: rejection.code } };
    },
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ schema, document, request, operation }) {
            if (!operation) return; // operation resolution answers that
            const rejection = checkCost(schema, document, request.variables);
            if (!rejection) return;
            throw new GraphQLError(rejection.message, {
              originalError: rejection,
              extensions: { code: rejection.extensions.code, http: { status: 400 } },
            });
          },
        };
      },
    },
  };
}
