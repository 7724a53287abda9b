/**
 * Loads the registered front-end operations (schema/operations/**\/*.graphql): named operations and the fragments they
 * use. Fragments are file-local, so each file is self-contained (it opens as one playground tab, or pastes into a client).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  getLocation,
  Kind,
  type OperationDefinitionNode,
  parse,
  Source,
  visit,
} from "graphql";
import { type Finding, finding } from "./findings.js";
import { inRoot, schemaPaths } from "./schemaPaths.js";

export interface RegisteredOperation {
  name: string;
  kind: OperationDefinitionNode["operation"];
  /** `file:line:column` of the operation keyword. */
  location: string;
  /** The operation with every fragment it uses from its file, ready to validate. */
  document: DocumentNode;
}

export interface OperationRegistry {
  operations: RegisteredOperation[];
  files: string[];
  /** Files that do not parse, anonymous or duplicate operations, unused fragments. */
  problems: Finding[];
}

export function nodeLocation(node: { loc?: { start: number; source: Source } }): string | undefined {
  if (!node.loc) return undefined;
  const { line, column } = getLocation(node.loc.source, node.loc.start);
  return `${node.loc.source.name}:${line}:${column}`;
}

export function errorLocations(error: GraphQLError): string[] {
  const source = error.source ?? error.nodes?.[0]?.loc?.source;
  if (!source || !error.locations) return [];
  return error.locations.map(({ line, column }) => `${source.name}:${line}:${column}`);
}

function operationFiles(root: string): string[] {
  const directory = inRoot(root, schemaPaths.operations);
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => `${schemaPaths.operations}/${file.split("\\").join("/")}`)
    .sort();
}

export function loadOperations(root: string): OperationRegistry {
  const files = operationFiles(root);
  const problems: Finding[] = [];
  const operations: RegisteredOperation[] = [];
  const seen = new Map<string, string>();

  for (const file of files) {
    let document: DocumentNode;
    try {
      document = parse(new Source(readFileSync(inRoot(root, file), "utf8"), file));
    } catch (error) {
      const location = error instanceof GraphQLError ? errorLocations(error)[0] : file;
      problems.push(finding("error", "OPERATION_SYNTAX", (error as Error).message, { location }));
      continue;
    }
    const operationNodes: OperationDefinitionNode[] = [];
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) collectDefinition(definition, operationNodes, fragments, problems);
    const usedInFile = new Set<string>();

    for (const node of operationNodes) {
      const location = nodeLocation(node) ?? file;
      const name = node.name?.value;
      if (!name) {
        problems.push(finding("error", "ANONYMOUS_OPERATION", "registered operations must be named", { location }));
        continue;
      }
      const first = seen.get(name);
      if (first) {
        problems.push(
          finding("error", "DUPLICATE_OPERATION_NAME", `operation ${name} is already registered at ${first}`, {
            location,
          }),
        );
        continue;
      }
      seen.set(name, location);
      const used = usedFragments(node, fragments);
      for (const fragment of used) usedInFile.add(fragment.name.value);
      operations.push({
        name,
        kind: node.operation,
        location,
        document: { kind: Kind.DOCUMENT, definitions: [node, ...used] },
      });
    }
    for (const [name, fragment] of fragments) {
      if (usedInFile.has(name)) continue;
      problems.push(
        finding("warning", "UNUSED_FRAGMENT", `fragment ${name} is used by no operation in its file`, {
          location: nodeLocation(fragment),
        }),
      );
    }
  }
  return { operations, files, problems };
}

function collectDefinition(
  definition: DefinitionNode,
  operations: OperationDefinitionNode[],
  fragments: Map<string, FragmentDefinitionNode>,
  problems: Finding[],
): void {
  if (definition.kind === Kind.OPERATION_DEFINITION) {
    operations.push(definition);
  } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
    const name = definition.name.value;
    if (fragments.has(name)) {
      const first = nodeLocation(fragments.get(name) as FragmentDefinitionNode);
      problems.push(
        finding("error", "DUPLICATE_FRAGMENT_NAME", `fragment ${name} is already defined at ${first}`, {
          location: nodeLocation(definition),
        }),
      );
    } else {
      fragments.set(name, definition);
    }
  } else {
    problems.push(
      finding(
        "error",
        "NOT_AN_OPERATION",
        `operation files hold operations and fragments only, found ${definition.kind}`,
        {
          location: nodeLocation(definition),
        },
      ),
    );
  }
}

/** Fragments an operation spreads, transitively; a spread of an unknown fragment is left to validation to report. */
function usedFragments(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  for (let node = pending.pop(); node; node = pending.pop()) {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (fragment && !used.has(name)) {
          used.set(name, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...used.values()];
}
