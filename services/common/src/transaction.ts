// Runs a write in a transaction. TypeORM's SQLite driver has one connection, so two transactions started at once
// collide ("cannot start a transaction within a transaction"): on SQLite they queue, one after another, per
// DataSource; MySQL runs them concurrently on its pool and its row locks do the ordering.
import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(work);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(() => dataSource.transaction(work));
  queues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}
