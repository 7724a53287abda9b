/** The gateway's per-document caches are bounded by bytes: distinct documents evict old ones instead of piling up. */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { documentCaches } from "../../gateway/supergraph/documentCaches.js";

describe("document caches", () => {
  it("hold about their byte bound of parsed documents, however many distinct ones arrive", async () => {
    const { documentStore } = documentCaches({ documentsMb: 1, queryPlansMb: 1, persistedQueriesMb: 1 });
    const document = (index: number) => parse(`{ article { id } countries(first: ${index}) { totalCount } }`);
    const size = JSON.stringify(document(0)).length;
    const count = Math.ceil((3 * 1024 * 1024) / size);
    for (let index = 0; index < count; index += 1) await documentStore.set(`doc-${index}`, document(index));
    expect(await documentStore.get("doc-0")).toBeUndefined();
    expect(await documentStore.get(`doc-${count - 1}`)).toBeDefined();
    let kept = 0;
    for (let index = 0; index < count; index += 1) if (await documentStore.get(`doc-${index}`)) kept += 1;
    expect(kept * size).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe("document cache bounds, in heap", () => {
  const probe = fileURLToPath(new URL("./support/cacheHeapProbe.ts", import.meta.url));

  it.each(["documents", "plans"])("a full %s cache of 4 MiB holds about 4 MiB of heap", (kind) => {
    const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", probe, kind, "4"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    const { inserted, kept, heldMb } = JSON.parse(output) as { inserted: number; kept: number; heldMb: number };
    expect(kept).toBeGreaterThan(20);
    expect(kept).toBeLessThan(inserted);
    expect(heldMb).toBeLessThan(5);
  });
});
