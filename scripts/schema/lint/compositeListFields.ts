/**
 * The list fields of a subgraph SDL whose items are objects, interfaces or unions: what the `list-size-declared` and
 * `connection-required` lint rules judge, each by its own criterion.
 */
import { type FieldDefinitionNode, Kind, parse, Source, type TypeNode } from "graphql";

const COMPOSITE_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.UNION_TYPE_DEFINITION,
]);

export interface CompositeListField {
  /** The type declaring the field. */
  typeName: string;
  field: FieldDefinitionNode;
  /** The list's item type. */
  item: string;
  /** The field's directive names. */
  directives: string[];
}

function listItemName(type: TypeNode, inList = false): string | undefined {
  if (type.kind === Kind.NON_NULL_TYPE) return listItemName(type.type, inList);
  if (type.kind === Kind.LIST_TYPE) return listItemName(type.type, true);
  return inList ? type.name.value : undefined;
}

export function compositeListFields(sdl: string, filePath: string): { source: Source; fields: CompositeListField[] } {
  const source = new Source(sdl, filePath);
  const document = parse(source);
  const composite = new Set(
    document.definitions.flatMap((definition) =>
      COMPOSITE_KINDS.has(definition.kind) && "name" in definition && definition.name ? [definition.name.value] : [],
    ),
  );
  const fields: CompositeListField[] = [];
  for (const definition of document.definitions) {
    if (!COMPOSITE_KINDS.has(definition.kind) || !("fields" in definition) || !definition.name) continue;
    for (const field of (definition.fields ?? []) as readonly FieldDefinitionNode[]) {
      const item = listItemName(field.type);
      if (!item || !composite.has(item)) continue;
      const directives = field.directives?.map((directive) => directive.name.value) ?? [];
      fields.push({ typeName: definition.name.value, field, item, directives });
    }
  }
  return { source, fields };
}
