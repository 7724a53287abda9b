/**
 * Lint rule `connection-required`: a field returning a list of objects (object, interface or union types) is a
 * Relay connection, unless the allowlist (schema/bounded-lists.yaml) says one parent bounds it. Lists that can grow must page,
 * or clients cannot fetch them in parts and the cost limit cannot price them. Exempt: a connection's own
 * `edges`/`nodes`, `@external` fields (their owner declares them), `@inaccessible` ones (no client sees them) and
 * deprecated ones (on their way out; their replacement is checked). Issue #11, "API v1".
 */
import { compositeListFields } from "./compositeListFields.js";
import type { LintMessage } from "./graphqlEslint.js";
import { position } from "./tagNames.js";

const EXEMPT_DIRECTIVES = new Set([
  "external",
  "federation__external",
  "inaccessible",
  "federation__inaccessible",
  "deprecated",
]);
const PAGE_TYPE = /(Connection|Edge)$/;

export function unpagedLists(
  sdl: string,
  filePath: string,
  reasonFor: (typeName: string, fieldName: string) => string | undefined,
): LintMessage[] {
  const { source, fields } = compositeListFields(sdl, filePath);
  const messages: LintMessage[] = [];
  for (const { typeName, field, item, directives } of fields) {
    if (PAGE_TYPE.test(typeName)) continue;
    if (directives.some((name) => EXEMPT_DIRECTIVES.has(name))) continue;
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
  return messages;
}
