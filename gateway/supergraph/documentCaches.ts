/**
 * Every per-document cache of the gateway, bounded by the heap its entries hold (platform/heapSizedCache.ts): a
 * stream of distinct documents then costs at most these sizes, and a soak fills them within its warm-up instead of
 * growing through the run. Parsed and validated documents (Apollo Server's document store, which also bounds the
 * cost verdicts: they are kept per parsed document), query plans (Apollo Gateway) and automatic persisted queries.
 */
import type { QueryPlan } from "@apollo/query-planner";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { documentStore, HEAP_FACTOR, heapSizedCache } from "../../platform/heapSizedCache.js";

export interface DocumentCacheSizes {
  documentsMb: number;
  queryPlansMb: number;
  persistedQueriesMb: number;
}

const MIB = 1024 * 1024;

export function documentCaches(sizes: DocumentCacheSizes) {
  return {
    documentStore: documentStore(sizes.documentsMb),
    // A hash-addressed query text is an ASCII string: about a byte per character.
    persistedQueries: { cache: new InMemoryLRUCache<string>({ maxSize: sizes.persistedQueriesMb * MIB }) },
    queryPlanStore: heapSizedCache<QueryPlan>(sizes.queryPlansMb, HEAP_FACTOR.queryPlan),
  };
}
