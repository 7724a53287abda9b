/**
 * graphql-armor's validation rules for depth, aliases, directives and cost, reporting our OperationLimitError
 * (stable code, no "Syntax Error:" prefix) instead of armor's generic BAD_USER_INPUT. Armor counts through fragment
 * spreads and memoizes each fragment, so neither repeated spreads nor cycles escape or explode the count.
 */
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { type LimitName, OperationLimitError, type OperationLimits } from "./limitDefinitions.js";

function reportAs(limit: LimitName) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(new OperationLimitError(limit, error.message.replace(/^Syntax Error: /, "")));
      },
    ],
  };
}

/** The document-only limits, as validation rules (validation results are cached per document). */
export function armorRules(limits: OperationLimits): ValidationRule[] {
  return [
    // Introspection (`__schema`) is exempt from depth and cost, so GraphiQL's schema query still works.
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reportAs("depth") }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs("aliases") }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs("directives") }),
  ] as ValidationRule[];
}

/** The cost rule, run per request on the document with its page sizes filled in (see pageSizes.ts). */
export function costRule(maxCost: number): ValidationRule {
  return costLimitRule({
    maxCost,
    ignoreIntrospection: true,
    flattenFragments: true,
    ...reportAs("cost"),
  }) as ValidationRule;
}
