/**
 * The operation lint's entity-key rule on unions: every member type a selection asks for by inline fragment or named
 * fragment must select its `id`, even when another member's fragment does (graphql-eslint's require-selections looks
 * for an `id` anywhere in the union's selection set, so one member's `id` hid every other member's missing one).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { lintOperationFiles } from "../../scripts/schema/lint/operationLint.js";

const API_SDL = `
  interface Node { id: ID! }
  type Country implements Node { id: ID! name: String! }
  type Project implements Node { id: ID! name: String! country: Country }
  type Quote { text: String! }
  union Fact = Country | Project | Quote
  type Query { facts: [Fact!]! project: Project }
`;

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** Lints the operation files (name → text) together; answers "file:line:column rule message" per finding. */
async function lint(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "union-member-keys-"));
  root = dir;
  const paths = Object.entries(files).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  const results = await lintOperationFiles(API_SDL, dir, paths);
  return [...results]
    .flatMap(([path, messages]) =>
      messages.map(
        (m) => `${path.slice(dir.length + 1)}:${m.line}:${m.column} ${m.rule} ${m.message.replace(/\s+/g, " ")}`,
      ),
    )
    .sort();
}

describe("entity keys under a union", () => {
  test("an inline fragment on a member without id is reported, though another member selects its id", async () => {
    const findings = await lint({
      "facts.graphql":
        "query Facts {\n  facts {\n    ... on Country { id name }\n    ... on Project { name }\n  }\n}\n",
    });
    expect(findings).toEqual([expect.stringMatching(/^facts\.graphql:4:5 \S*require-selections .*`Project\.id`/)]);
  });

  test("a named fragment on a member without id is reported, spread directly or inside an inline fragment", async () => {
    const findings = await lint({
      "facts.graphql": [
        "query Facts {",
        "  facts {",
        "    ... on Country { id }",
        "    ... on Project { ...ProjectName }",
        "  }",
        "}",
        "",
        "query MoreFacts {",
        "  facts { ...CountryName ... on Project { id } }",
        "}",
        "",
      ].join("\n"),
      "fragments.graphql": "fragment ProjectName on Project { name }\n\nfragment CountryName on Country { name }\n",
    });
    expect(findings).toEqual([
      expect.stringMatching(/^facts\.graphql:4:5 \S*require-selections .*`Project\.id`/),
      expect.stringMatching(/^facts\.graphql:9:11 \S*require-selections .*`Country\.id`/),
      // Each fragment on an entity type is also held to the rule where it is defined.
      expect.stringMatching(/^fragments\.graphql:1:33 \S*require-selections .*`ProjectName\.id`/),
      expect.stringMatching(/^fragments\.graphql:3:33 \S*require-selections .*`CountryName\.id`/),
    ]);
  });

  test("a fragment on the union itself is held to the same rule", async () => {
    const findings = await lint({
      "facts.graphql":
        "query Facts {\n  facts { ...FactBits }\n}\n\nfragment FactBits on Fact {\n  ... on Country { id }\n  ... on Project { name }\n}\n",
    });
    expect(findings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^facts\.graphql:7:3 \S*require-selections .*`Project\.id`/)]),
    );
  });

  test("members selecting id (directly, through a fragment, or through an interface) pass; key-less members need none", async () => {
    const findings = await lint({
      "facts.graphql": [
        "query Facts {",
        "  facts {",
        "    __typename",
        "    ... on Node { id }",
        "    ... on Country { name }",
        "    ... on Project { ...ProjectBits }",
        "    ... on Quote { text }",
        "  }",
        "  project { id country { id name } }",
        "}",
        "",
        "fragment ProjectBits on Project { id name }",
        "",
      ].join("\n"),
    });
    expect(findings).toEqual([]);
  });

  test("selections outside unions are still checked as before", async () => {
    const findings = await lint({ "project.graphql": "query P {\n  project { name }\n}\n" });
    expect(findings).toEqual([expect.stringMatching(/^project\.graphql:2:11 \S*require-selections .*`project\.id`/)]);
  });
});
