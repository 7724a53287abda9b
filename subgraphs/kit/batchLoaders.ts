/**
 * Per-request DataLoaders: one SQL statement per entity type per batch, results in key order. A batch holds at most
 * MAX_BATCH_SIZE keys, so one request's statement and result stay bounded however many keys it asks for.
 */
import DataLoader from "dataloader";
import { observedBatch } from "./batchObservation.js";

export const MAX_BATCH_SIZE = 500;

/**
 * Keys come from the gateway's entity representations, which a caller holding the secret could shape at will: a key
 * that is not a string fails its own load (an internal error) and never reaches SQL, where the JSON parameter would
 * quietly match nothing.
 */
function loadStrings<R>(
  keys: readonly string[],
  load: (valid: readonly string[]) => (key: string) => R,
): (R | Error)[] {
  const valid = keys.filter((key) => typeof key === "string");
  const resultOf = load(valid);
  return keys.map((key) => (typeof key === "string" ? resultOf(key) : new TypeError("entity key is not a string")));
}

export function keyedLoader<V>(
  fetchMany: (keys: readonly string[]) => V[],
  keyOf: (value: V) => string,
): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(
    async (keys) =>
      loadStrings(keys, (valid) => {
        const byKey = new Map(
          observedBatch(fetchMany.name, valid, () => fetchMany(valid)).map((value) => [keyOf(value), value]),
        );
        return (key) => byKey.get(key) ?? null;
      }),
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

export function groupedLoader<V>(
  fetchMany: (keys: readonly string[]) => { key: string; record: V }[],
): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(
    async (keys) =>
      loadStrings(keys, (valid) => {
        const groups = new Map<string, V[]>();
        for (const { key, record } of observedBatch(fetchMany.name, valid, () => fetchMany(valid))) {
          const group = groups.get(key);
          if (group) group.push(record);
          else groups.set(key, [record]);
        }
        return (key) => groups.get(key) ?? [];
      }),
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
