/**
 * What a subgraph's `Cache-Control` header allows, as the cache hint the gateway's overall policy is restricted by
 * (the shortest max-age and the narrowest scope of all subgraph answers win). No header, or no max-age, is max-age 0:
 * an answer that says nothing about caching is not cacheable.
 */
export interface CacheHint {
  maxAge: number;
  scope?: "PUBLIC" | "PRIVATE";
}

export function subgraphCacheHint(header: string | null): CacheHint {
  const hint: CacheHint = { maxAge: 0 };
  for (const directive of (header ?? "").split(",")) {
    const [name = "", value] = directive.trim().split(/\s*=\s*/, 2);
    const key = name.toLowerCase();
    const number = value?.replace(/^"|"$/g, "");
    if (key === "max-age" && number !== undefined && /^[0-9]+$/.test(number)) hint.maxAge = Number(number);
    else if (key === "private") hint.scope = "PRIVATE";
    else if (key === "public") hint.scope = "PUBLIC";
  }
  return hint;
}
