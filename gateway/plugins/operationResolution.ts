/**
 * A request whose `operationName` names no operation in its document (or that leaves the choice open between several)
 * is the client's mistake: 400 OPERATION_RESOLUTION_FAILURE here, instead of the query planner's 500 later.
 */
import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function operationResolution(): GatewayPlugin {
  return {
    name: "operation-resolution",
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, request }) {
            if (operation) return;
            const named = typeof request.operationName === "string";
            throw new GraphQLError(
              named
                ? "The document has no operation with the requested operationName."
                : "The document holds several operations: send operationName to choose one.",
              { extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } } },
            );
          },
        };
      },
    },
  };
}
