// An in-memory SQLite database with the subgraph's migrations applied, and a counter of the SQL it receives.
import { DataSource } from 'typeorm';
import { withPlumbing, type DataSourceSpec } from '../data-source.js';
import { SqlStatementCounter } from '../sql-counter.js';

export interface TestDatabase {
  dataSource: DataSource;
  counter: SqlStatementCounter;
}

export async function createTestDatabase(spec: DataSourceSpec): Promise<TestDatabase> {
  const counter = new SqlStatementCounter();
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: ':memory:',
    ...withPlumbing(spec),
    synchronize: false,
    logging: ['query'],
    logger: counter,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return { dataSource, counter };
}
