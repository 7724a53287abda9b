/**
 * Every list field of objects without paging declares its size (`@listSize(assumedSize: N)`): the gateway's cost limit
 * charges such a list as N items, and as one item when no size is declared, which lets nested lists go uncharged.
 * Paged fields (a `first` argument) and a connection's `edges`/`nodes` (sized by the parent's `first`) are exempt, and
 * so is an `@external` field, whose owner declares it.
 */
import { type FieldDefinitionNode, Kind, parse, Source, type TypeNode } from "graphql";
import type { LintMessage } from "./graphqlEslint.js";
import { position } from "./tagNames.js";

const LIST_SIZE_DIRECTIVES = new Set(["listSize", "federation__listSize"]);
const COMPOSITE_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.UNION_TYPE_DEFINITION,
]);

function listItemName(type: TypeNode, inList = false): string | undefined {
  if (type.kind === Kind.NON_NULL_TYPE) return listItemName(type.type, inList);
  if (type.kind === Kind.LIST_TYPE) return listItemName(type.type, true);
  return inList ? type.name.value : undefined;
}

function needsSize(field: FieldDefinitionNode, composite: ReadonlySet<string>): boolean {
  const item = listItemName(field.type);
  if (!item || !composite.has(item)) return false;
  if (field.arguments?.some((argument) => argument.name.value === "first")) return false;
  const directives = field.directives?.map((directive) => directive.name.value) ?? [];
  return !directives.some(
    (name) => LIST_SIZE_DIRECTIVES.has(name) || name === "external" || name === "federation__external",
  );
}

export function unsizedLists(sdl: string, filePath: string): LintMessage[] {
  const source = new Source(sdl, filePath);
  const document = parse(source);
  const composite = new Set(
    document.definitions.flatMap((definition) =>
      COMPOSITE_KINDS.has(definition.kind) && "name" in definition && definition.name ? [definition.name.value] : [],
    ),
  );
  const messages: LintMessage[] = [];
  for (const definition of document.definitions) {
    if (!COMPOSITE_KINDS.has(definition.kind) || !("fields" in definition) || !definition.name) continue;
    if (definition.name.value.endsWith("Connection")) continue;
    for (const field of (definition.fields ?? []) as readonly FieldDefinitionNode[]) {
      if (!needsSize(field, composite)) continue;
      messages.push({
        rule: "list-size-declared",
        message:
          `${definition.name.value}.${field.name.value} is a list without paging: declare its largest size with ` +
          `@listSize(assumedSize: N) (type-graphql: @Directive("@listSize(assumedSize: N)")), or page it with first`,
        ...position(source, field),
        severity: "error",
      });
    }
  }
  return messages;
}
