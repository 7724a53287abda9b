/** Only @tag names some contract variant selects on may appear in a subgraph (a typo silently leaves a field out). */
import { type ASTNode, getLocation, parse, Source, visit } from "graphql";
import type { LintMessage } from "./graphqlEslint.js";

const TAG_DIRECTIVES = new Set(["tag", "federation__tag"]);

export function unknownTagNames(sdl: string, filePath: string, known: ReadonlySet<string>): LintMessage[] {
  const source = new Source(sdl, filePath);
  const messages: LintMessage[] = [];
  visit(parse(source), {
    Directive(node) {
      if (!TAG_DIRECTIVES.has(node.name.value)) return;
      const argument = node.arguments?.find((a) => a.name.value === "name");
      const name = argument?.value.kind === "StringValue" ? argument.value.value : undefined;
      if (name !== undefined && known.has(name)) return;
      const { line, column } = position(source, node);
      messages.push({
        rule: "known-tag-names",
        message: `@tag(name: "${name ?? "?"}") is not a known tag; use one of: ${[...known].join(", ")}`,
        line,
        column,
        severity: "error",
      });
    },
  });
  return messages;
}

export function position(source: Source, node: ASTNode): { line: number; column: number } {
  return node.loc ? getLocation(source, node.loc.start) : { line: 1, column: 1 };
}
