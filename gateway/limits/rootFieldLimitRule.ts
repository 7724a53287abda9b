/**
 * Validation rule: at most `max` top-level fields per operation. graphql-armor has no such rule. Root fields are
 * counted through fragment spreads and inline fragments, each fragment once per spread, so spreading a fragment
 * cannot hide fields. A fragment's count is computed once (nested spreads cannot blow up exponentially); a fragment
 * already being expanded counts 0 (cycles are reported by NoFragmentCyclesRule).
 */
import { type ASTVisitor, Kind, type SelectionSetNode, type ValidationContext } from "graphql";
import { OperationLimitError } from "./limitDefinitions.js";

interface Counting {
  context: ValidationContext;
  fragmentCounts: Map<string, number>;
  expanding: Set<string>;
}

function countRootFields(counting: Counting, selectionSet: SelectionSetNode): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // __typename costs nothing to resolve and GraphiQL adds it freely.
      if (selection.name.value !== "__typename") count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(counting, selection.selectionSet);
    } else {
      count += fragmentRootFields(counting, selection.name.value);
    }
  }
  return count;
}

function fragmentRootFields(counting: Counting, name: string): number {
  const known = counting.fragmentCounts.get(name);
  if (known !== undefined) return known;
  const fragment = counting.context.getFragment(name);
  if (!fragment || counting.expanding.has(name)) return 0;
  counting.expanding.add(name);
  const count = countRootFields(counting, fragment.selectionSet);
  counting.expanding.delete(name);
  counting.fragmentCounts.set(name, count);
  return count;
}

export function rootFieldLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const counting: Counting = { context, fragmentCounts: new Map(), expanding: new Set() };
    return {
      OperationDefinition(operation) {
        const count = countRootFields(counting, operation.selectionSet);
        if (count > max) {
          context.reportError(
            new OperationLimitError("rootFields", `The operation selects ${count} root fields; the limit is ${max}.`),
          );
        }
      },
    };
  };
}
