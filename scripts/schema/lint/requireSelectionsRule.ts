/**
 * RequireSelectionsRule: @graphql-eslint's `require-selections` (every selected entity selects its `id`), with unions
 * checked member by member. Upstream accepts a union selection as soon as an `id` occurs anywhere in it, so
 * `... on Country { id } ... on Project { name }` passed and Apollo Client stored that Project inside its parent.
 * Here each member type a selection asks for (inline fragment or named fragment) must get its `id`, from a fragment
 * on it or on an interface it implements. Everything else is upstream's rule unchanged.
 */
import graphqlEslint, { requireGraphQLOperations, requireGraphQLSchema } from "@graphql-eslint/eslint-plugin";
import type { Rule } from "eslint";
import {
  type ASTNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLUnionType,
  getNamedType,
  isAbstractType,
  isObjectType,
  isUnionType,
  Kind,
  type SelectionSetNode,
} from "graphql";

const RULE_ID = "require-selections";

type UpstreamContext = Parameters<typeof requireGraphQLSchema>[1];
type Siblings = ReturnType<typeof requireGraphQLOperations>;

/** The selection set the rule is handed: graphql-eslint's ESTree form of a graphql-js node. */
interface SelectionSetInTree extends SelectionSetNode {
  parent: { kind: string; alias?: { value: string }; name?: { value: string } };
  typeInfo(): { gqlType?: Parameters<typeof getNamedType>[0] | null };
}

/** Where a member type is selected: the node to report at, in the linted document. */
interface MemberSelection {
  anchor: ASTNode;
  hasKey: boolean;
}

function typeNamesOf(schema: GraphQLSchema, type: GraphQLNamedType): Set<string> {
  if (isAbstractType(type)) return new Set(schema.getPossibleTypes(type).map((member) => member.name));
  return new Set([type.name]);
}

/** The member types a union selection asks for, each with whether the selection gives it its key. */
function memberSelections(
  schema: GraphQLSchema,
  siblings: Siblings,
  keyField: string,
  union: GraphQLUnionType,
  selectionSet: SelectionSetNode,
): Map<string, MemberSelection> {
  const members = new Map<string, MemberSelection>();
  const withKey = new Set<string>();
  const visit = (set: SelectionSetNode, possible: Set<string>, anchor: ASTNode | undefined, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if ((selection.alias ?? selection.name).value === keyField) for (const name of possible) withKey.add(name);
        continue;
      }
      let fragment: { typeCondition?: FragmentDefinitionNode["typeCondition"]; selectionSet: SelectionSetNode };
      if (selection.kind === Kind.INLINE_FRAGMENT) fragment = selection;
      else {
        const definition = siblings.getFragment(selection.name.value)[0]?.document;
        if (!definition || seen.has(selection.name.value)) continue;
        fragment = definition;
        seen = new Set([...seen, selection.name.value]);
      }
      // Inside the linted document, report at the innermost fragment; past a spread, at the spread.
      const at = anchor ?? selection;
      const next = selection.kind === Kind.INLINE_FRAGMENT ? anchor : at;
      let narrowed = possible;
      const condition = fragment.typeCondition && schema.getType(fragment.typeCondition.name.value);
      if (condition) {
        const names = typeNamesOf(schema, condition);
        narrowed = new Set([...possible].filter((name) => names.has(name)));
        if (isObjectType(condition) && possible.has(condition.name) && !members.has(condition.name)) {
          members.set(condition.name, { anchor: at, hasKey: false });
        }
      }
      visit(fragment.selectionSet, narrowed, next, seen);
    }
  };
  visit(selectionSet, typeNamesOf(schema, union), undefined, new Set());
  for (const [name, member] of members) member.hasKey = withKey.has(name);
  return members;
}

const upstream = graphqlEslint.rules[RULE_ID] as unknown as Rule.RuleModule;

export const requireSelectionsRule: Rule.RuleModule = {
  meta: upstream.meta,
  create(context) {
    const handlers = upstream.create(context);
    const graphqlContext = context as unknown as UpstreamContext;
    const schema = requireGraphQLSchema(RULE_ID, graphqlContext);
    const siblings = requireGraphQLOperations(RULE_ID, graphqlContext);
    const keyField = (context.options[0] as { fieldName?: string } | undefined)?.fieldName ?? "id";

    const checkUnion = (node: SelectionSetInTree, union: GraphQLUnionType) => {
      const parentName = (node.parent.alias ?? node.parent.name)?.value ?? union.name;
      for (const [name, member] of memberSelections(schema, siblings, keyField, union, node)) {
        const type = schema.getType(name);
        if (member.hasKey || !isObjectType(type) || !type.getFields()[keyField]) continue;
        context.report({
          node: member.anchor as unknown as Rule.Node,
          message: `Field \`${name}.${keyField}\` must be selected when it's available on a type. Include it in the selection on \`${name}\` under \`${parentName}\`.`,
        });
      }
    };

    return Object.fromEntries(
      Object.entries(handlers).map(([selector, handler]) => [
        selector,
        (node: Rule.Node) => {
          const set = node as unknown as SelectionSetInTree;
          const type = set.typeInfo().gqlType;
          const named = type ? getNamedType(type) : undefined;
          if (named && isUnionType(named)) return checkUnion(set, named);
          return (handler as (node: Rule.Node) => void)(node);
        },
      ]),
    );
  },
};
