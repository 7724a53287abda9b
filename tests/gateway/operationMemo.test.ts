import { createRequire } from "node:module";
import { type DocumentNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { installOperationMemo } from "../../gateway/supergraph/operationMemo.js";

type FederationInternals = typeof import("@apollo/federation-internals");

// As @apollo/gateway reads it: the CommonJS module object, whose re-exports are looked up on every call.
const internals = (): FederationInternals =>
  createRequire(createRequire(import.meta.url).resolve("@apollo/gateway"))("@apollo/federation-internals");
const operationFromDocument: FederationInternals["operationFromDocument"] = (...args) =>
  internals().operationFromDocument(...args);
const buildSchema = (sdl: string) => internals().buildSchema(sdl);

// Identity is asserted with ===: on a mismatch vitest's toBe deep-compares, and an Operation reaches the whole schema.
const SOURCE = "query Q($n: Int = 2) { a(n: $n) ...F } fragment F on Query { b }";
/** What executeQueryPlan passes: a new document object each request around the cached operation and fragments. */
const shapingDocument = (source: DocumentNode): DocumentNode => ({
  kind: source.kind,
  definitions: [...source.definitions],
});

describe("the gateway's answer shaping reuses each operation", () => {
  const schema = buildSchema("type Query { a(n: Int = 1): Int b: Int }");
  const document = parse(SOURCE);

  it("installs into the federation-internals copy the gateway calls", () => {
    expect(installOperationMemo()).toBe(true);
    expect(installOperationMemo()).toBe(true);
  });

  it("answers the shaping call for the same operation node with the same operation", () => {
    installOperationMemo();
    const first = operationFromDocument(schema, shapingDocument(document), { validate: false });
    const again = operationFromDocument(schema, shapingDocument(document), { validate: false });
    expect(again === first).toBe(true);
    expect(first.toString()).toBe(operationFromDocument(schema, document).toString());
    expect(first.collectDefaultedVariableValues()).toEqual({ n: 2 });
  });

  it("builds anew for another document, another schema, and every other call", () => {
    installOperationMemo();
    const shaped = operationFromDocument(schema, shapingDocument(document), { validate: false });
    const sameText = parse(SOURCE);
    expect(operationFromDocument(schema, shapingDocument(sameText), { validate: false }) === shaped).toBe(false);
    const otherSchema = buildSchema("type Query { a(n: Int = 1): Int b: Int }");
    expect(operationFromDocument(otherSchema, shapingDocument(document), { validate: false }) === shaped).toBe(false);
    // Planning names the operation and validates: never remembered.
    const planned = operationFromDocument(schema, document, { operationName: "Q" });
    expect(operationFromDocument(schema, document, { operationName: "Q" }) === planned).toBe(false);
    expect(() => operationFromDocument(schema, parse("{ c }"))).toThrow(/Cannot query field "c"/);
  });
});
