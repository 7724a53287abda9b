/**
 * Per-request DataLoaders: one SQL statement per entity type per batch, results in key order. A batch holds at most
 * MAX_BATCH_SIZE keys, so one request's statement and result stay bounded however many keys it asks for.
 */
import DataLoader from "dataloader";

export const MAX_BATCH_SIZE = 500;

export function keyedLoader<V>(
  fetchMany: (keys: readonly string[]) => V[],
  keyOf: (value: V) => string,
): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(
    async (keys) => {
      const byKey = new Map(fetchMany(keys).map((value) => [keyOf(value), value]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

export function groupedLoader<V>(
  fetchMany: (keys: readonly string[]) => { key: string; record: V }[],
): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(
    async (keys) => {
      const groups = new Map<string, V[]>();
      for (const { key, record } of fetchMany(keys)) {
        const group = groups.get(key);
        if (group) group.push(record);
        else groups.set(key, [record]);
      }
      return keys.map((key) => groups.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
