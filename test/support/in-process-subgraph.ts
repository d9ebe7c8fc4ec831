// One subgraph in this process on a fresh, seeded database of the given kind, executing operations as any identity:
// for tests of a subgraph's writes on both databases without starting the gateway.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createApolloServer,
  createLogger,
  openDataSource,
  runAs,
  type Identity,
  type RequestInfo,
  type SqlStatementCounter,
  type SubgraphModule,
} from '@asn/common';
import type { BaseContext } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { testConfig, type DatabaseKind } from './test-config.js';

export interface InProcessSubgraph {
  dataSource: DataSource;
  execute: (
    query: string,
    variables: Record<string, unknown>,
    identity: Identity,
    // Tests read the answers' shapes directly, as graphql-client.ts does; the document fixes what is there.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ) => Promise<{ data?: Record<string, any> | null; errors?: readonly { extensions?: Record<string, unknown> }[] }>;
  stop: () => Promise<void>;
}

export async function startInProcessSubgraph<C extends BaseContext & RequestInfo>(
  module: SubgraphModule<C>,
  database: DatabaseKind,
  prefix: string,
  /** Counts the SQL statements the subgraph sends, for tests that show a cost does not grow. */
  counter?: SqlStatementCounter,
): Promise<InProcessSubgraph> {
  const dataSource = await openDataSource(
    module,
    {
      DATABASE_URL: database === 'mysql' ? testConfig.MYSQL_URL : undefined,
      DATABASE_PREFIX: `${prefix}_${process.pid}_`,
      DATA_DIR: mkdtempSync(join(tmpdir(), `${prefix}-`)),
    },
    counter,
  );
  await module.seed(dataSource, createLogger(prefix, 'silent'));
  const server = createApolloServer<C>(await module.buildSchema(), createLogger(prefix, 'silent'));
  await server.start();
  return {
    dataSource,
    async execute(query, variables, identity) {
      // As serve.ts does: the request's identity is the audit log's actor.
      const response = await runAs(identity, () =>
        server.executeOperation(
          { query, variables },
          { contextValue: module.createContext(dataSource, { identity, language: 'en' }) },
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
