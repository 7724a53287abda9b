/**
 * Lint rule `connection-required`: a field returning a list of objects (object, interface or union types) is a
 * Relay connection, unless the allowlist (schema/bounded-lists.yaml) says one parent bounds it. Lists that can grow must page,
 * or clients cannot fetch them in parts and the cost limit cannot price them. Exempt: a connection's own
 * `edges`/`nodes`, `@external` fields (their owner declares them), `@inaccessible` ones (no client sees them) and
 * deprecated ones (on their way out; their replacement is checked). Issue #11, "API v1".
 */
import { type FieldDefinitionNode, Kind, parse, Source, type TypeNode } from "graphql";
import type { LintMessage } from "./graphqlEslint.js";
import { position } from "./tagNames.js";

const COMPOSITE_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.UNION_TYPE_DEFINITION,
]);
const EXEMPT_DIRECTIVES = new Set([
  "external",
  "federation__external",
  "inaccessible",
  "federation__inaccessible",
  "deprecated",
]);
const PAGE_TYPE = /(Connection|Edge)$/;

function listItemName(type: TypeNode, inList = false): string | undefined {
  if (type.kind === Kind.NON_NULL_TYPE) return listItemName(type.type, inList);
  if (type.kind === Kind.LIST_TYPE) return listItemName(type.type, true);
  return inList ? type.name.value : undefined;
}

export function unpagedLists(
  sdl: string,
  filePath: string,
  reasonFor: (typeName: string, fieldName: string) => string | undefined,
): LintMessage[] {
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
    const typeName = definition.name.value;
    if (PAGE_TYPE.test(typeName)) continue;
    for (const field of (definition.fields ?? []) as readonly FieldDefinitionNode[]) {
      const item = listItemName(field.type);
      if (!item || !composite.has(item)) continue;
      if (field.directives?.some((directive) => EXEMPT_DIRECTIVES.has(directive.name.value))) continue;
      if (reasonFor(typeName, field.name.value) !== undefined) continue;
      messages.push({
        rule: "connection-required",
        message:
          `${typeName}.${field.name.value} returns a list of ${item} that can grow: return a ${item}Connection ` +
          "(first/after, edges, nodes, pageInfo, totalCount), or, if one parent bounds it, add it with the reason to " +
          "schema/bounded-lists.yaml",
        ...position(source, field),
        severity: "error",
      });
    }
  }
  return messages;
}
