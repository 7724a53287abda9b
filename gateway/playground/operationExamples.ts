/** The registered operations (schema/operations/**\/*.graphql), one example per operation, for the playground's tabs. */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type DefinitionNode, parse } from "graphql";
import type { Logger } from "../../platform/logger.js";
import { listOperationFiles, operationsOf } from "../../platform/registeredOperationFiles.js";

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

export function examplesFromDocument(file: string, text: string): OperationExample[] {
  return operationsOf(parse(text)).operations.map(({ operation, fragments }) => ({
    name: operation.name?.value ?? file.replace(/\.graphql$/, ""),
    file,
    query: [operation, ...fragments].map((node) => sourceOf(text, node)).join("\n\n"),
  }));
}

export function readOperationExamples(operationsDir: string, logger: Logger): OperationExample[] {
  return listOperationFiles(operationsDir).flatMap((file) => {
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
