/**
 * Introspection-only operations are executed here, by graphql-js over the API schema, instead of by the query
 * planner: the planner does not know fields graphql-js 16 introspection asks for (`isOneOf`, from
 * `getIntrospectionQuery({ oneOf: true })`) and fails them as an internal error. Whether introspection is allowed at
 * all is still decided by Apollo Server's validation (GATEWAY_INTROSPECTION) before this runs.
 */
import { HeaderMap } from "@apollo/server";
import {
  type DocumentNode,
  execute,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { GatewayPlugin } from "./gatewayPlugin.js";

const INTROSPECTION_FIELDS = new Set(["__schema", "__type", "__typename"]);

function onlyIntrospection(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyIntrospection(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return true;
    seen.add(fragment.name.value);
    return onlyIntrospection(fragment.selectionSet, fragments, seen);
  });
}

export function isIntrospectionOnly(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  if (operation.operation !== "query") return false;
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return onlyIntrospection(operation.selectionSet, fragments, new Set());
}

export function localIntrospection(): GatewayPlugin {
  return {
    name: "local-introspection",
    apollo: {
      async requestDidStart() {
        return {
          async responseForOperation({ operation, document, schema, request, contextValue }) {
            if (!isIntrospectionOnly(operation, document)) return null;
            const result = await execute({
              schema,
              document,
              operationName: request.operationName,
              variableValues: request.variables,
              contextValue,
            });
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: "single", singleResult: result },
            };
          },
        };
      },
    },
  };
}
