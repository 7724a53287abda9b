/** The per-request cost check: page sizes from variables, remembered per document without mixing requests up. */
import { readFileSync } from "node:fs";
import { buildASTSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { costLimit } from "../../gateway/limits/costLimit.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";

const schema = buildASTSchema(parse(readFileSync(fromProjectRoot("schema/contracts/public.graphql"), "utf8")), {
  assumeValidSDL: true,
});

// graphql-armor: (2 + 1.5 × (2 + 1.5 × (2 + 1.5 × 1))) × first = 12.875 × first.
const MAX_COST = 1000; // 77 per page fits, 78 does not
const document = parse("query Page($n: Int = 78) { countries(first: $n) { edges { node { code } } } }");

describe("cost limit", () => {
  it("judges each request by the page size its variables give, on the same document", () => {
    const check = costLimit(MAX_COST);
    expect(check(schema, document, { n: 77 })).toBeUndefined();
    expect(check(schema, document, { n: 78 })?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
    expect(check(schema, document, { n: 77 })).toBeUndefined();
  });

  it("tells an absent variable (its declared default) from a null one (the default page size)", () => {
    const check = costLimit(MAX_COST);
    expect(check(schema, document, {})?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
    expect(check(schema, document, { n: null })).toBeUndefined();
    expect(check(schema, document, undefined)?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
  });

  it("stays correct past the number of verdicts it remembers per document", () => {
    const check = costLimit(MAX_COST);
    for (let n = 0; n <= 100; n += 1) {
      expect(check(schema, document, { n }) === undefined, `first: ${n}`).toBe(n <= 77);
    }
  });

  // A variable named after an Object.prototype member must not find that member instead of its own value or default.
  for (const name of ["toString", "constructor", "valueOf", "hasOwnProperty", "__proto__"]) {
    it(`charges $${name} its declared default or sent value, never an inherited property`, () => {
      const check = costLimit(MAX_COST);
      const inherited = parse(`query ($${name}: Int = 78) { countries(first: $${name}) { edges { node { code } } } }`);
      expect(check(schema, inherited, {})?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
      expect(check(schema, inherited, undefined)?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
      const sent = JSON.parse(`{"${name}": 78}`) as Record<string, unknown>;
      expect(check(schema, inherited, sent)?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
      expect(check(schema, inherited, JSON.parse(`{"${name}": 77}`))).toBeUndefined();
    });
  }

  it("counts nothing for __typename, which normalizing clients add to every selection set", () => {
    const check = costLimit(MAX_COST);
    const withTypenames = parse(
      "query Page($n: Int = 77) { __typename countries(first: $n) { __typename edges { __typename node { __typename code } } } }",
    );
    expect(check(schema, withTypenames, {})).toBeUndefined();
    expect(check(schema, withTypenames, { n: 78 })?.extensions.code).toBe("COST_LIMIT_EXCEEDED");
  });
});
