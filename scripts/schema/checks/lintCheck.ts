/**
 * Check 5, lint: naming, descriptions, deprecation reasons, reachability, tag names, list sizes and connections on
 * every subgraph SDL; no subgraph names in the descriptions a contract shows clients; entity keys selected in every
 * registered operation.
 */

import { printSchema } from "graphql";
import type { CheckContext, SchemaCheck } from "../checkContext.js";
import { knownTagNames } from "../contract.js";
import { type Finding, finding } from "../findings.js";
import { boundedListReason, readBoundedLists } from "../lint/boundedLists.js";
import { unpagedLists } from "../lint/connectionsRequired.js";
import { type LintMessage, lintSubgraphSdl } from "../lint/graphqlEslint.js";
import { unsizedLists } from "../lint/listSizes.js";
import { lintOperationFiles } from "../lint/operationLint.js";
import { subgraphNamesInDescriptions } from "../lint/subgraphNamesInDescriptionsRule.js";
import { unknownTagNames } from "../lint/tagNames.js";
import { inRoot, schemaPaths } from "../schemaPaths.js";

/** A finding's code is the rule's own name, without the plugin it comes from. */
const ruleCode = (rule: string) => rule.replace(/^(@graphql-eslint|entity-keys)\//, "");

export const lintCheck: SchemaCheck = {
  name: "lint",
  title:
    "Lint: subgraph SDLs (@graphql-eslint schema rules + tag names + list sizes + connections), contract descriptions, entity keys in operations",
  async run(context) {
    const findings: Finding[] = [];
    const bounded = boundedListReason(readBoundedLists(context.options.root));
    for (const source of context.sources) {
      const file = schemaPaths.subgraph(source.name);
      let messages: LintMessage[];
      try {
        messages = [
          ...(await lintSubgraphSdl(source.name, source.sdl, file)),
          ...unknownTagNames(source.sdl, file, knownTagNames),
          ...unsizedLists(source.sdl, file),
          ...unpagedLists(source.sdl, file, bounded),
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
          finding(message.severity, ruleCode(message.rule), message.message, {
            location: `${file}:${message.line}:${message.column}`,
          }),
        );
      }
    }
    findings.push(...contractDescriptionFindings(context));
    findings.push(...(await operationFindings(context)));
    const lintErrors = findings.filter((f) => f.severity === "error").length;
    return { findings, counts: { lintErrors } };
  },
};

/** Descriptions of every composed contract variant: what clients read must not name the subgraphs. */
function contractDescriptionFindings(context: CheckContext): Finding[] {
  const subgraphNames = context.sources.map((source) => source.name);
  return context.artifacts.contracts.flatMap((contract) => {
    if (!contract.ok) return [];
    const file = schemaPaths.contract(contract.variant);
    return subgraphNamesInDescriptions(contract.apiSdl, file, subgraphNames).map((message) =>
      finding(message.severity, message.rule, message.message, {
        location: `${file}:${message.line}:${message.column}`,
      }),
    );
  });
}

/** Operation lint against the API schema; skipped while the supergraph does not compose (Composition says why). */
async function operationFindings(context: CheckContext): Promise<Finding[]> {
  if (!context.artifacts.supergraph.ok) return [];
  const files = context.operations().files;
  if (files.length === 0) return [];
  const byAbsolute = new Map(files.map((file) => [inRoot(context.options.root, file), file]));
  const results = await lintOperationFiles(printSchema(context.artifacts.supergraph.apiSchema), context.options.root, [
    ...byAbsolute.keys(),
  ]);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const [absolute, messages] of results) {
    const file = byAbsolute.get(absolute) ?? absolute;
    for (const message of messages) {
      const location = `${file}:${message.line}:${message.column}`;
      const text = message.message.replace(/\s+/g, " ");
      // A fragment spread twice is reported at each spread with the same text: once is enough.
      if (seen.has(`${location} ${text}`)) continue;
      seen.add(`${location} ${text}`);
      findings.push(finding(message.severity, ruleCode(message.rule), text, { location }));
    }
  }
  return findings;
}
