/**
 * Every list field of objects without paging declares its size (`@listSize(assumedSize: N)`): the gateway's cost limit
 * charges such a list as N items, and as one item when no size is declared, which lets nested lists go uncharged.
 * Paged fields (a `first` argument) and a connection's `edges`/`nodes` (sized by the parent's `first`) are exempt, and
 * so is an `@external` field, whose owner declares it.
 */
import { type CompositeListField, compositeListFields } from "./compositeListFields.js";
import type { LintMessage } from "./graphqlEslint.js";
import { position } from "./tagNames.js";

const LIST_SIZE_DIRECTIVES = new Set(["listSize", "federation__listSize"]);
function needsSize({ field, directives }: CompositeListField): boolean {
  if (field.arguments?.some((argument) => argument.name.value === "first")) return false;
  return !directives.some(
    (name) => LIST_SIZE_DIRECTIVES.has(name) || name === "external" || name === "federation__external",
  );
}

export function unsizedLists(sdl: string, filePath: string): LintMessage[] {
  const { source, fields } = compositeListFields(sdl, filePath);
  const messages: LintMessage[] = [];
  for (const listField of fields) {
    if (listField.typeName.endsWith("Connection") || !needsSize(listField)) continue;
    const { typeName, field } = listField;
    messages.push({
      rule: "list-size-declared",
      message:
        `${typeName}.${field.name.value} is a list without paging: declare its largest size with ` +
        `@listSize(assumedSize: N) (type-graphql: @Directive("@listSize(assumedSize: N)")), or page it with first`,
      ...position(source, field),
      severity: "error",
    });
  }
  return messages;
}
