/**
 * Lint rule `no-subgraph-in-description`: a description that reaches a client (the public contract) never says which
 * subgraph owns or resolves something ("resolved by diplomacy", "the finance subgraph owns"): the team split is
 * ours, not the client's, and changes without the API changing (issue #11, item 6).
 */
import { type ASTNode, parse, Source, type StringValueNode, visit } from "graphql";
import type { LintMessage } from "./graphqlEslint.js";
import { position } from "./tagNames.js";

function subgraphMentions(subgraphNames: readonly string[]): RegExp {
  const names = subgraphNames.join("|");
  const verbs = "resolved|owned|served|provided|defined|extended|fetched|joined|added";
  return new RegExp(
    `\\bsubgraphs?\\b|\\b(?:${verbs})\\s+(?:by|in|from)\\s+(?:the\\s+)?(?:${names})\\b|\\b(?:${names})\\s+(?:service|team)\\b`,
    "i",
  );
}

/** Every description in `sdl` that names a subgraph, reported at the described definition. */
export function subgraphNamesInDescriptions(
  sdl: string,
  filePath: string,
  subgraphNames: readonly string[],
): LintMessage[] {
  const source = new Source(sdl, filePath);
  const mention = subgraphMentions(subgraphNames);
  const messages: LintMessage[] = [];
  visit(parse(source), {
    enter(node: ASTNode) {
      const description = "description" in node ? (node.description as StringValueNode | undefined) : undefined;
      const found = description?.value.match(mention);
      if (!found) return;
      const name = "name" in node && node.name && "value" in node.name ? node.name.value : node.kind;
      messages.push({
        rule: "no-subgraph-in-description",
        message: `The description of ${name} names a subgraph ("${found[0]}"): clients see it; say what the field means, not which service serves it`,
        ...position(source, node),
        severity: "error",
      });
    },
  });
  return messages;
}
