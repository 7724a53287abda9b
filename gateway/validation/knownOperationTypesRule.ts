/**
 * Validation rule: an operation's type (mutation, subscription) must have a root in the schema. graphql-js 16 leaves
 * this to execution, where the query planner fails with a 500; graphql-js 17 has it as KnownOperationTypesRule
 * (https://github.com/graphql/graphql-js/pull/3045, spec: "Operation Type Existence").
 */
import type { ASTVisitor, ValidationContext } from "graphql";
import { RequestRejection } from "../errors/requestRejection.js";

export const OPERATION_NOT_SUPPORTED = "OPERATION_NOT_SUPPORTED";

export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(operation) {
      if (schema.getRootType(operation.operation)) return;
      context.reportError(
        new RequestRejection(OPERATION_NOT_SUPPORTED, `This API has no ${operation.operation} operations.`),
      );
    },
  };
}
