/**
 * Every per-document cache of the gateway, bounded by (approximate) bytes, not entries: a stream of distinct
 * documents then costs at most these sizes. Parsed and validated documents (Apollo Server's document store, which
 * also bounds the cost verdicts: they are kept per parsed document), query plans (Apollo Gateway) and automatic
 * persisted queries. Sizes are Apollo's estimates (the JSON length of a document or plan); the resident memory a
 * cache holds is a small multiple of its estimate.
 */
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DocumentNode } from "graphql";

export interface DocumentCacheSizes {
  documentsMb: number;
  queryPlansMb: number;
  persistedQueriesMb: number;
}

const MIB = 1024 * 1024;

export function documentCaches(sizes: DocumentCacheSizes) {
  return {
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: sizes.documentsMb * MIB }),
    persistedQueries: { cache: new InMemoryLRUCache<string>({ maxSize: sizes.persistedQueriesMb * MIB }) },
    queryPlanStoreMiB: sizes.queryPlansMb,
  };
}
