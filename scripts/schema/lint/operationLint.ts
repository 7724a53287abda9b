/**
 * Lints the registered operations against the API schema with @graphql-eslint's operation rules. The one rule
 * that matters to clients: every selection of an entity includes its key, so normalizing caches (Apollo Client,
 * urql's Graphcache) can store each entity once and share it between operations.
 */
import graphqlEslint from "@graphql-eslint/eslint-plugin";
import { ESLint, type Linter } from "eslint";
import type { LintMessage } from "./graphqlEslint.js";
import { requireSelectionsRule } from "./requireSelectionsRule.js";

/** The field clients normalize entities by: every entity implements `Node`, so its global `id` is the one key. */
export const ENTITY_KEY_FIELD = "id";

/** @graphql-eslint's require-selections, with union members checked one by one (see requireSelectionsRule). */
const entityKeys: ESLint.Plugin = { rules: { "require-selections": requireSelectionsRule } };

export const operationLintRules: Linter.RulesRecord = {
  "entity-keys/require-selections": ["error", { fieldName: ENTITY_KEY_FIELD }],
};

/**
 * `files`: absolute paths of the operation files under `root`; each is linted with all of them as siblings (shared
 * fragments). ESLint ignores files outside its `cwd`, so it runs from `root`, not from wherever the check started.
 */
export async function lintOperationFiles(
  apiSdl: string,
  root: string,
  files: readonly string[],
): Promise<Map<string, LintMessage[]>> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.graphql"],
        languageOptions: {
          parser: graphqlEslint.parser,
          parserOptions: { graphQLConfig: { schema: apiSdl, documents: [...files] } },
        },
        plugins: { "@graphql-eslint": graphqlEslint as unknown as ESLint.Plugin, "entity-keys": entityKeys },
        rules: operationLintRules,
      },
    ],
  });
  const results = await eslint.lintFiles([...files]);
  return new Map(
    results.map((result) => [
      result.filePath,
      result.messages.map((message) => ({
        rule: message.ruleId ?? "graphql-syntax",
        message: message.message,
        line: message.line,
        column: message.column,
        severity: message.severity === 2 ? ("error" as const) : ("warning" as const),
      })),
    ]),
  );
}
