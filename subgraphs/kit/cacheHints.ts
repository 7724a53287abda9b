/**
 * HTTP cache hints (Apollo Server's `@cacheControl`, read by its cache-control plugin in each subgraph; the gateway
 * combines the subgraphs' `Cache-Control` headers, most restrictive wins). The article's facts change only with a
 * deploy, so every type is publicly cacheable for FACT_MAX_AGE_SECONDS unless it or a field says otherwise: the
 * bound is how long a cache may serve a fact after a data deploy.
 */
import { type ConstDirectiveNode, type DocumentNode, parse, type ScalarTypeDefinitionNode, visit } from "graphql";

export const FACT_MAX_AGE_SECONDS = 300;

/** For fields whose answer must reach no cache (e.g. internal bookkeeping an operator wants current). */
export const NO_CACHE_HINT = "@cacheControl(maxAge: 0)";

/** The directive as Apollo Server reads it; `scope` is left out (everything here is public), so no enum is added. */
export const CACHE_CONTROL_DEFINITION = `
"""How long a response that selects this type or field may be cached, in seconds (Apollo Server's cache control)."""
directive @cacheControl(
  """Seconds a response may be cached; 0: not at all."""
  maxAge: Int
  """Take the parent field's maxAge instead of a default."""
  inheritMaxAge: Boolean
) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

const factHint = (
  parse(`scalar Hinted @cacheControl(maxAge: ${FACT_MAX_AGE_SECONDS})`).definitions[0] as ScalarTypeDefinitionNode
).directives?.[0] as ConstDirectiveNode;

interface Hintable {
  name: { value: string };
  directives?: readonly ConstDirectiveNode[];
}

function withFactHint<Node extends Hintable>(node: Node): Node | undefined {
  if (ROOT_TYPES.has(node.name.value)) return undefined;
  if (node.directives?.some((directive) => directive.name.value === "cacheControl")) return undefined;
  return { ...node, directives: [...(node.directives ?? []), factHint] };
}

/** Every object, interface and union type without its own hint gets the fact hint. */
export function withCacheHints(document: DocumentNode): DocumentNode {
  return visit(document, {
    ObjectTypeDefinition: withFactHint,
    InterfaceTypeDefinition: withFactHint,
    UnionTypeDefinition: withFactHint,
  });
}
