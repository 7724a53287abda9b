/** Registered operations become playground tabs: one per operation, with its comments and the fragments it uses. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/config.js";
import { examplesFromDocument, readOperationExamples } from "../../gateway/playground/operationExamples.js";
import { createLogger } from "../../platform/logger.js";

const logger = createLogger("gateway-test", { LOG_LEVEL: "silent" });

describe("operation examples", () => {
  it("splits a document into one example per operation, keeping comments and only the fragments each uses", () => {
    const text = [
      "# Countries with their names.",
      "query Countries {",
      "  countries { nodes { ...CountryName } }",
      "}",
      "",
      "# The article.",
      "query Article { article { id } }",
      "",
      "fragment CountryName on Country { code name }",
      "",
    ].join("\n");
    const examples = examplesFromDocument("diplomacy/countries.graphql", text);
    expect(examples).toEqual([
      {
        name: "Countries",
        file: "diplomacy/countries.graphql",
        query:
          "# Countries with their names.\nquery Countries {\n  countries { nodes { ...CountryName } }\n}\n\n" +
          "fragment CountryName on Country { code name }",
      },
      {
        name: "Article",
        file: "diplomacy/countries.graphql",
        query: "# The article.\nquery Article { article { id } }",
      },
    ]);
    for (const example of examples) expect(() => parse(example.query)).not.toThrow();
  });

  it("skips a file that does not parse instead of failing the gateway", () => {
    const dir = mkdtempSync(join(tmpdir(), "operations-"));
    try {
      mkdirSync(join(dir, "nested"));
      writeFileSync(join(dir, "nested", "good.graphql"), "query Good { article { id } }");
      writeFileSync(join(dir, "broken.graphql"), "query Broken {");
      writeFileSync(join(dir, "notes.txt"), "not an operation");
      expect(readOperationExamples(dir, logger).map((example) => example.file)).toEqual(["nested/good.graphql"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads the registered operations, each a complete document", () => {
    const examples = readOperationExamples(readGatewayConfig({}).operationsDir, logger);
    expect(examples.length).toBeGreaterThan(0);
    expect(new Set(examples.map((example) => example.name)).size).toBe(examples.length);
    for (const example of examples) expect(() => parse(example.query), example.file).not.toThrow();
  });
});
