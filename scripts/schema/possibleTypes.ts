/**
 * Apollo Client's `possibleTypes` (what GraphQL Code Generator's fragment-matcher plugin emits): the object types
 * behind each interface and union. Without it Apollo Client's cache cannot tell that an `InfrastructureProject` is a
 * `Fact`, and silently drops what a fragment on `Fact` or `Node` selected.
 */
import { type GraphQLSchema, isAbstractType } from "graphql";

export function possibleTypesSource(apiSchema: GraphQLSchema): string {
  const possibleTypes: Record<string, string[]> = {};
  const abstractTypes = Object.values(apiSchema.getTypeMap())
    .filter(isAbstractType)
    .filter((type) => !type.name.startsWith("__"))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const type of abstractTypes) {
    possibleTypes[type.name] = apiSchema
      .getPossibleTypes(type)
      .map((object) => object.name)
      .sort();
  }
  return [
    "/** For Apollo Client's `new InMemoryCache({ possibleTypes })`: so fragments on an interface or union match. */",
    `export const possibleTypes = ${JSON.stringify(possibleTypes, null, 2)};`,
    "",
  ].join("\n");
}
