/**
 * The operation as the cost estimate should see it: every `first`/`last` a literal page size. graphql-armor only
 * multiplies by literal `first`/`last`, so a page size sent as a variable, or left to the default, would count as 1;
 * here a variable becomes the value the request sends (or its declared default), and an omitted or null page size
 * on a field that takes one becomes the API's default page size. An unpaged list field with a declared size
 * (listSizes.ts) gets that size as its `first`, so its selection is charged once per item, multiplied through nesting.
 */
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "../../platform/pageSize.js";
import type { ListSizes } from "./listSizes.js";

export const PAGE_SIZE_ARGUMENTS = ["first", "last"];

function intValue(value: number): ValueNode {
  return { kind: Kind.INT, value: String(value) };
}

function declaredDefaults(document: DocumentNode): Map<string, ValueNode> {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of (definition as OperationDefinitionNode).variableDefinitions ?? []) {
      if (variable.defaultValue) defaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  return defaults;
}

export function withLiteralPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  listSizes: ListSizes = new Map(),
): DocumentNode {
  const defaults = declaredDefaults(document);
  const pageSizeOf = (value: ValueNode): ValueNode => {
    if (value.kind !== Kind.VARIABLE) return value.kind === Kind.NULL ? intValue(DEFAULT_PAGE_SIZE) : value;
    // Own properties only: `$toString` or `$__proto__` must not find Object.prototype's members.
    const sent = variables && Object.hasOwn(variables, value.name.value) ? variables[value.name.value] : undefined;
    if (typeof sent === "number" && Number.isInteger(sent)) return intValue(sent);
    const declared = defaults.get(value.name.value);
    return declared && sent === undefined ? pageSizeOf(declared) : intValue(DEFAULT_PAGE_SIZE);
  };
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        leave(field: FieldNode): FieldNode {
          const takesPageSize = typeInfo.getFieldDef()?.args.some((arg) => arg.name === "first") ?? false;
          const declaredSize = takesPageSize
            ? undefined
            : listSizes.get(`${typeInfo.getParentType()?.name}.${field.name.value}`);
          const given = field.arguments ?? [];
          const pageArguments: ArgumentNode[] = given.map((argument) =>
            PAGE_SIZE_ARGUMENTS.includes(argument.name.value)
              ? { ...argument, value: pageSizeOf(argument.value) }
              : argument,
          );
          const hasPageSize = given.some((argument) => PAGE_SIZE_ARGUMENTS.includes(argument.name.value));
          if (takesPageSize && !hasPageSize) {
            pageArguments.push({
              kind: Kind.ARGUMENT,
              name: { kind: Kind.NAME, value: "first" },
              value: intValue(DEFAULT_PAGE_SIZE),
            });
          }
          // Only the cost rule reads this document, so a `first` the field does not declare is never validated.
          if (declaredSize !== undefined) {
            pageArguments.push({
              kind: Kind.ARGUMENT,
              name: { kind: Kind.NAME, value: "first" },
              value: intValue(declaredSize),
            });
          }
          return { ...field, arguments: pageArguments };
        },
      },
    }),
  );
}
