import type DataLoader from 'dataloader';

/** loadMany that throws the first failure instead of returning it in the list (the batch failed as a whole). */
export async function loadAll<K, V, C>(loader: DataLoader<K, V, C>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  return values.map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });
}
