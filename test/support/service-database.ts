// One subgraph's database of a running test stack, opened straight for a fixture that no API writes (an import's
// rows, a calendar made to measure), then closed.
import { openDataSource } from '@asn/common';
import type { DataSource } from 'typeorm';
import type { TestStack } from './start-stack.js';

export async function withServiceDatabase(
  stack: TestStack,
  service: 'personnel' | 'training' | 'certification',
  write: (dataSource: DataSource) => Promise<void>,
): Promise<void> {
  const dataSource = await openDataSource(
    { service, entities: [], migrations: [] },
    {
      DATABASE_URL: stack.databaseEnv.DATABASE_URL,
      DATABASE_PREFIX: stack.databaseEnv.DATABASE_PREFIX ?? '',
      DATA_DIR: stack.databaseEnv.DATA_DIR ?? '',
    },
  );
  try {
    await write(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
