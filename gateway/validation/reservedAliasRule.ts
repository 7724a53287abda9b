/**
 * Validation rule: no alias may begin with `__`, a prefix the spec reserves for introspection ("Names" § Reserved
 * Names). Such an alias (`__typename: countries`) otherwise runs the whole query and then fails to merge, or nulls
 * its parent, as an internal error.
 */
import type { ASTVisitor, ValidationContext } from "graphql";
import { RequestRejection } from "../errors/requestRejection.js";

export const RESERVED_ALIAS = "RESERVED_ALIAS";

export function reservedAliasRule(context: ValidationContext): ASTVisitor {
  return {
    Field(field) {
      if (!field.alias?.value.startsWith("__")) return;
      context.reportError(
        new RequestRejection(RESERVED_ALIAS, `Aliases may not begin with "__" (reserved for introspection).`),
      );
    },
  };
}
