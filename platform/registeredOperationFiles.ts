/**
 * The one reader of the registered operations (schema/operations/**\/*.graphql): which files there are, and each
 * file's operations with the fragments each uses. Fragments are file-local, so every operation is complete with its
 * file. The gateway's playground examples and `schema:check` read them through here, and so can a trusted-operations
 * manifest: every operation of `operationsOf(parse(text)).operations`, printed with its fragments, is one entry.
 */
import { existsSync, readdirSync } from "node:fs";
import { sep } from "node:path";
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  visit,
} from "graphql";

/** Every `.graphql` file under `operationsDir`, relative to it with `/` separators, sorted; none if it is missing. */
export function listOperationFiles(operationsDir: string): string[] {
  if (!existsSync(operationsDir)) return [];
  return readdirSync(operationsDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => file.split(sep).join("/"))
    .sort();
}

export interface OperationWithFragments {
  operation: OperationDefinitionNode;
  /** The fragments it spreads from its file, transitively, in order of first use. */
  fragments: FragmentDefinitionNode[];
}

export interface FileOperations {
  /** The file's operations, in file order. */
  operations: OperationWithFragments[];
  /** Its fragments by name; when a name is defined twice, the first definition. */
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** Definitions an operation file must not hold, in file order: a repeated fragment name, or no operation at all. */
  misplaced: DefinitionNode[];
}

export function operationsOf(document: DocumentNode): FileOperations {
  const operationNodes: OperationDefinitionNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  const misplaced: DefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operationNodes.push(definition);
    else if (definition.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(definition.name.value))
      fragments.set(definition.name.value, definition);
    else misplaced.push(definition);
  }
  return {
    operations: operationNodes.map((operation) => ({ operation, fragments: fragmentsUsedBy(operation, fragments) })),
    fragments,
    misplaced,
  };
}

/** Fragments a definition spreads, transitively; a spread of an unknown fragment is left to validation to report. */
function fragmentsUsedBy(
  definition: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(spread.name.value)) {
          used.set(spread.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(definition);
  return [...used.values()];
}
