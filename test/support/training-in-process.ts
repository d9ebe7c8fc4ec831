// The training subgraph in this process on a fresh seeded database (SQLite or MariaDB), answering operations as the
// gateway would forward them for a given identity: for tests of what must hold on both databases.
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createApolloServer,
  createLogger,
  openDataSource,
  runAs,
  SqlStatementCounter,
  type Identity,
} from '@asn/common';
import { trainingSubgraph } from '@asn/training';
import type { DataSource } from 'typeorm';
import { testConfig, type DatabaseKind } from './test-config.js';

export type InProcessResult = {
  data?: Record<string, unknown> | null;
  errors?: readonly { extensions?: Record<string, unknown> }[];
};

export interface TrainingInProcess {
  dataSource: DataSource;
  /** The SQL statements the subgraph has sent so far (the N+1 rule made measurable). */
  counter: SqlStatementCounter;
  execute(query: string, variables: Record<string, unknown>, identity: Identity): Promise<InProcessResult>;
  stop(): Promise<void>;
}

/** `name` keeps each test file's databases and folders apart. */
export async function startTrainingInProcess(database: DatabaseKind, name: string): Promise<TrainingInProcess> {
  const counter = new SqlStatementCounter();
  const dataSource = await openDataSource(
    trainingSubgraph,
    {
      DATABASE_URL: database === 'mysql' ? testConfig.MYSQL_URL : undefined,
      DATABASE_PREFIX: `asn_${name}_${process.pid}_`,
      DATA_DIR: mkdtempSync(join(tmpdir(), `asn-${name}-`)),
    },
    counter,
  );
  await trainingSubgraph.seed(dataSource, createLogger('training', 'silent'));
  const server = createApolloServer(await trainingSubgraph.buildSchema(), createLogger('training', 'silent'));
  await server.start();
  return {
    dataSource,
    counter,
    async execute(query, variables, identity) {
      // As serve.ts does, so writes are audited under the caller.
      const response = await runAs(identity, () =>
        server.executeOperation(
          { query, variables },
          { contextValue: trainingSubgraph.createContext(dataSource, { identity, language: 'en' }) },
        ),
      );
      return response.body.kind === 'single' ? response.body.singleResult : { errors: [] };
    },
    async stop() {
      await server.stop();
      if (database === 'mysql') await dataSource.query(`DROP DATABASE \`${dataSource.options.database}\``);
      await dataSource.destroy();
    },
  };
}
