/**
 * LRU caches bounded by the heap their entries hold, not by their count. Apollo sizes an entry by its JSON length,
 * but a parsed document keeps its source text and token list and a query plan its subgraph operations, so each holds
 * several times its JSON length on the heap (measured with `--expose-gc` over the registered operations: documents
 * 4.4×, plans 6.7–8×; tests/gateway/documentCaches.test.ts checks the bound). Charging each entry its estimated heap
 * size makes a cache's MiB the memory it really costs.
 */
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DocumentNode } from "graphql";

const MIB = 1024 * 1024;

/** Heap bytes per byte of JSON, rounded up. */
export const HEAP_FACTOR = { document: 5, queryPlan: 8 } as const;

export function heapSizedCache<T>(maxMb: number, heapFactor: number): InMemoryLRUCache<T> {
  return new InMemoryLRUCache<T>({
    maxSize: maxMb * MIB,
    sizeCalculation: (entry) => heapFactor * Buffer.byteLength(JSON.stringify(entry), "utf8"),
  });
}

/** Apollo Server's store of parsed and validated documents, bounded at `maxMb` of heap. */
export function documentStore(maxMb: number) {
  return heapSizedCache<DocumentNode>(maxMb, HEAP_FACTOR.document);
}
