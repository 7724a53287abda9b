/** What an operation touches in a schema, as schema coordinates: shared by the schema checks and usage recording. */
import {
  type DocumentNode,
  GraphQLEnumType,
  GraphQLInputObjectType,
  type GraphQLSchema,
  getNamedType,
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
