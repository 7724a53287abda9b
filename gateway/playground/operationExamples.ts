/** The registered operations (schema/operations/**\/*.graphql), one example per operation, for the playground's tabs. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { type DefinitionNode, Kind, parse, visit } from "graphql";
import type { Logger } from "../../platform/logger.js";

export interface OperationExample {
  /** Operation name (or the file name for an anonymous operation). */
  name: string;
  /** File it comes from, relative to the operations folder, with `/` separators. */
  file: string;
  /** The operation and the fragments it uses, as written in the file (comments above each definition kept). */
  query: string;
}

/** Source text of a definition, including the `#` comment lines directly above it. */
function sourceOf(text: string, definition: DefinitionNode): string {
  const loc = definition.loc;
  if (!loc) return "";
  const lines = text.slice(0, loc.start).split("\n");
  lines.pop(); // text before the definition on its own line
  let start = loc.start;
  for (let index = lines.length - 1; index >= 0 && /^\s*#/.test(lines[index] ?? ""); index--) {
    start -= (lines[index] ?? "").length + 1;
  }
  return text.slice(start, loc.end);
}

function fragmentsUsedBy(definition: DefinitionNode, fragments: Map<string, DefinitionNode>): DefinitionNode[] {
  const used = new Map<string, DefinitionNode>();
  const collect = (node: DefinitionNode) =>
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

export function examplesFromDocument(file: string, text: string): OperationExample[] {
  const document = parse(text);
  const fragments = new Map<string, DefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? [
          {
            name: definition.name?.value ?? file.replace(/\.graphql$/, ""),
            file,
            query: [definition, ...fragmentsUsedBy(definition, fragments)]
              .map((node) => sourceOf(text, node))
              .join("\n\n"),
          },
        ]
      : [],
  );
}

export function readOperationExamples(operationsDir: string, logger: Logger): OperationExample[] {
  if (!existsSync(operationsDir)) return [];
  const files = (readdirSync(operationsDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => file.split(sep).join("/"))
    .sort();
  return files.flatMap((file) => {
    try {
      return examplesFromDocument(file, readFileSync(join(operationsDir, file), "utf8"));
    } catch (error) {
      // A broken example must not take the gateway down; schema:check reports it properly.
      logger.warn(
        { file: relative(process.cwd(), join(operationsDir, file)), reason: (error as Error).message },
        "skipping operation file",
      );
      return [];
    }
  });
}
