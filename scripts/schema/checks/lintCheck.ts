/**
 * Check 5, lint: naming, descriptions, deprecation reasons, reachability, tag names and list sizes on every subgraph
 * SDL.
 */

import type { SchemaCheck } from "../checkContext.js";
import { knownTagNames } from "../contract.js";
import { type Finding, finding } from "../findings.js";
import { type LintMessage, lintSubgraphSdl } from "../lint/graphqlEslint.js";
import { unsizedLists } from "../lint/listSizes.js";
import { unknownTagNames } from "../lint/tagNames.js";
import { schemaPaths } from "../schemaPaths.js";

export const lintCheck: SchemaCheck = {
  name: "lint",
  title: "Lint: subgraph SDLs (@graphql-eslint schema rules + tag names + list sizes)",
  async run(context) {
    const findings: Finding[] = [];
    for (const source of context.sources) {
      const file = schemaPaths.subgraph(source.name);
      let messages: LintMessage[];
      try {
        messages = [
          ...(await lintSubgraphSdl(source.name, source.sdl, file)),
          ...unknownTagNames(source.sdl, file, knownTagNames),
          ...unsizedLists(source.sdl, file),
        ];
      } catch (error) {
        const reason = (error as Error).message.split("\n")[0];
        findings.push(
          finding("info", "LINT_SKIPPED", `${file} is not a valid subgraph (see Composition): ${reason}`, {
            location: file,
          }),
        );
        continue;
      }
      messages.sort((a, b) => a.line - b.line || a.column - b.column);
      for (const message of messages) {
        findings.push(
          finding(message.severity, message.rule.replace(/^@graphql-eslint\//, ""), message.message, {
            location: `${file}:${message.line}:${message.column}`,
          }),
        );
      }
    }
    const lintErrors = findings.filter((f) => f.severity === "error").length;
    return { findings, counts: { lintErrors } };
  },
};
