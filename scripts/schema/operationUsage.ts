/** What an operation touches in a schema (schema coordinates), and its shape: depth and alias count. */
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLEnumType,
  GraphQLInputObjectType,
  type GraphQLSchema,
  getNamedType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";

/**
 * Coordinates as graphql-inspector writes change paths: `Type.field`, `Type.field.argument`, `Enum.VALUE`,
 * and bare names of enum and input types the operation sends or receives.
 */
export function usedCoordinates(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const addEnumOrInput = (type: unknown) => {
    const named = type ? getNamedType(type as Parameters<typeof getNamedType>[0]) : undefined;
    if (named instanceof GraphQLEnumType || named instanceof GraphQLInputObjectType) used.add(named.name);
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent || node.name.value.startsWith("__")) return;
        const field = `${parent.name}.${node.name.value}`;
        used.add(field);
        for (const argument of node.arguments ?? []) used.add(`${field}.${argument.name.value}`);
        addEnumOrInput(typeInfo.getType());
      },
      VariableDefinition(node) {
        addEnumOrInput(typeFromAST(schema, node.type as Parameters<typeof typeFromAST>[1]));
      },
      EnumValue(node) {
        const type = typeInfo.getInputType();
        const named = type ? getNamedType(type) : undefined;
        if (named) used.add(`${named.name}.${node.value}`);
      },
      ObjectField(node) {
        const parent = typeInfo.getParentInputType();
        const named = parent ? getNamedType(parent) : undefined;
        if (named) used.add(`${named.name}.${node.name.value}`);
      },
    }),
  );
  return used;
}

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
