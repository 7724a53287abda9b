/**
 * Operation limits, enforced before planning: batch/bytes/tokens before parsing, depth/aliases/directives/root fields
 * as validation rules, and cost once the request's variables are known (page sizes may come from them).
 */
import { GraphQLError } from "graphql";
import { armorRules } from "../limits/armorRules.js";
import { costLimit, type ListSizesOf } from "../limits/costLimit.js";
import { documentLimits } from "../limits/documentLimits.js";
import type { OperationLimits } from "../limits/limitDefinitions.js";
import { rootFieldLimitRule } from "../limits/rootFieldLimitRule.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function operationLimits(limits: OperationLimits, listSizesOf: ListSizesOf): GatewayPlugin {
  const checkCost = costLimit(limits.maxCost, listSizesOf);
  return {
    name: "operation-limits",
    graphqlHandlers: [documentLimits(limits)],
    validationRules: [...armorRules(limits), rootFieldLimitRule(limits.maxRootFields)],
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
