import { describe, expect, it } from "vitest";
import { subgraphCacheHint } from "../../gateway/supergraph/subgraphCacheHint.js";

describe("a subgraph's Cache-Control header as a cache hint", () => {
  it("reads max-age and scope, in any case and spacing", () => {
    expect(subgraphCacheHint("public, max-age=300")).toEqual({ maxAge: 300, scope: "PUBLIC" });
    expect(subgraphCacheHint("Max-Age = 60 ,PRIVATE")).toEqual({ maxAge: 60, scope: "PRIVATE" });
    expect(subgraphCacheHint('max-age="120"')).toEqual({ maxAge: 120 });
  });

  it("makes an answer that says nothing, or nonsense, uncacheable", () => {
    expect(subgraphCacheHint(null)).toEqual({ maxAge: 0 });
    expect(subgraphCacheHint("no-store")).toEqual({ maxAge: 0 });
    expect(subgraphCacheHint("max-age=-5, max-age=ten")).toEqual({ maxAge: 0 });
  });
});
