/** What an operation touches in a schema (schema coordinates), and its shape: depth and alias count. */
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

export { usedCoordinates } from "../../platform/schemaCoordinates.js";

/** Removing an argument, enum value or input field breaks only operations that pass it. */
const REMOVALS_OF_WHAT_IS_SENT = new Set(["FIELD_ARGUMENT_REMOVED", "ENUM_VALUE_REMOVED", "INPUT_FIELD_REMOVED"]);

/** Whether a change (inspector's type and coordinate path) touches what an operation uses. */
export function touches(change: { type: string; path: string }, used: ReadonlySet<string>): boolean {
  const { path } = change;
  if (used.has(path)) return true;
  // A change below something used (a required argument added to a used field, a value added to a used enum)…
  if (!REMOVALS_OF_WHAT_IS_SENT.has(change.type)) {
    for (let cut = path.lastIndexOf("."); cut > 0; cut = path.lastIndexOf(".", cut - 1)) {
      if (used.has(path.slice(0, cut))) return true;
    }
  }
  // …or above it (a removed type whose fields the operation selects).
  const prefix = `${path}.`;
  for (const coordinate of used) if (coordinate.startsWith(prefix)) return true;
  return false;
}

export interface OperationShape {
  /** Deepest field nesting, fragments expanded (`{ a { b } }` is 2). */
  depth: number;
  aliases: number;
}

export function operationShape(document: DocumentNode): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operation ??= definition;
  }
  if (!operation) return { depth: 0, aliases: 0 };
  let aliases = 0;
  const walk = (selectionSet: SelectionSetNode, depth: number, visiting: ReadonlySet<string>): number => {
    let deepest = depth;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const below = selection.selectionSet ? walk(selection.selectionSet, depth + 1, visiting) : depth + 1;
        deepest = Math.max(deepest, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(selection.selectionSet, depth, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cyclic spread is a validation error reported elsewhere; do not recurse into it.
        if (fragment && !visiting.has(name)) {
          deepest = Math.max(deepest, walk(fragment.selectionSet, depth, new Set([...visiting, name])));
        }
      }
    }
    return deepest;
  };
  const depth = walk(operation.selectionSet, 0, new Set());
  return { depth, aliases };
}
