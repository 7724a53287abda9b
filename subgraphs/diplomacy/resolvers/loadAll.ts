/** Records for a list of keys through a per-request loader, in the list's order, skipping unknown keys. */
import type DataLoader from "dataloader";

export async function loadAll<V>(loader: DataLoader<string, V | null>, keys: readonly string[]): Promise<V[]> {
  const records = await loader.loadMany(keys);
  return records.filter((record): record is Awaited<V> => record !== null && !(record instanceof Error)) as V[];
}
