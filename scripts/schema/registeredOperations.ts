/**
 * The registered front-end operations as `schema:check` sees them: each named operation with the fragments it uses
 * (read by platform/registeredOperationFiles.ts), and every problem a file has, at its location.
 */
import { readFileSync } from "node:fs";
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
} from "graphql";
import { listOperationFiles, operationsOf } from "../../platform/registeredOperationFiles.js";
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

export function loadOperations(root: string): OperationRegistry {
  const files = listOperationFiles(inRoot(root, schemaPaths.operations)).map(
    (file) => `${schemaPaths.operations}/${file}`,
  );
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
    const inFile = operationsOf(document);
    for (const definition of inFile.misplaced) problems.push(misplacedDefinition(definition, inFile.fragments));
    const usedInFile = new Set<string>();

    for (const { operation: node, fragments: used } of inFile.operations) {
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
      for (const fragment of used) usedInFile.add(fragment.name.value);
      operations.push({
        name,
        kind: node.operation,
        location,
        document: { kind: Kind.DOCUMENT, definitions: [node, ...used] },
      });
    }
    for (const [name, fragment] of inFile.fragments) {
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

function misplacedDefinition(
  definition: DefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): Finding {
  if (definition.kind === Kind.FRAGMENT_DEFINITION) {
    const name = definition.name.value;
    const first = nodeLocation(fragments.get(name) as FragmentDefinitionNode);
    return finding("error", "DUPLICATE_FRAGMENT_NAME", `fragment ${name} is already defined at ${first}`, {
      location: nodeLocation(definition),
    });
  }
  return finding(
    "error",
    "NOT_AN_OPERATION",
    `operation files hold operations and fragments only, found ${definition.kind}`,
    { location: nodeLocation(definition) },
  );
}
