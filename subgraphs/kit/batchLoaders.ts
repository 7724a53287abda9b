/** Per-request DataLoaders: one SQL statement per entity type per batch, results in key order. */
import DataLoader from "dataloader";

export function keyedLoader<K extends string | number, V>(
  fetchMany: (keys: readonly K[]) => V[],
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map(fetchMany(keys).map((value) => [keyOf(value), value]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export function groupedLoader<K extends string | number, V>(
  fetchMany: (keys: readonly K[]) => V[],
  keyOf: (value: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>();
    for (const value of fetchMany(keys)) {
      const key = keyOf(value);
      const group = groups.get(key);
      if (group) group.push(value);
      else groups.set(key, [value]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
