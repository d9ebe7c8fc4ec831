// A subgraph in the test process: its schema over an in-memory database, queried as the gateway would query it.
import type { BaseContext } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { runAs } from '../audit/audit-context.js';
import type { Identity } from '../auth-context.js';
import type { Language } from '../errors.js';
import { createLogger } from '../logger.js';
import type { SubgraphModule } from '../run-subgraph.js';
import { asRole } from './as-role.js';
import { createApolloServer, type RequestInfo } from '../serve.js';
import type { SqlStatementCounter } from '../sql-counter.js';
import { createTestDatabase } from './test-data-source.js';

export interface TestResult<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestSubgraph {
  dataSource: DataSource;
  counter: SqlStatementCounter;
  /** Runs an operation as `identity` (default: an administrator of agency 1) in `language` (default: en). */
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { identity?: Identity; language?: Language; demo?: boolean },
  ): Promise<TestResult<TData>>;
  stop(): Promise<void>;
}

export const TEST_ADMIN = asRole('ADMIN', { userId: 'admin-1', agencyId: 1 });

export async function createTestSubgraph<TContext extends BaseContext & RequestInfo>(
  module: SubgraphModule<TContext>,
  options: { seed?: boolean } = {},
): Promise<TestSubgraph> {
  const { dataSource, counter } = await createTestDatabase(module);
  const logger = createLogger(module.service, 'silent');
  if (options.seed) await module.seed(dataSource, logger);
  const server = createApolloServer<TContext>(await module.buildSchema(), logger);
  await server.start();
  return {
    dataSource,
    counter,
    async execute(query, variables, { identity = TEST_ADMIN, language = 'en', demo = true } = {}) {
      const response = await runAs(identity, () =>
        server.executeOperation(
          { query, variables },
          { contextValue: module.createContext(dataSource, { identity, language, demo }) },
        ),
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by the subgraphs');
      return response.body.singleResult as TestResult<never>;
    },
    async stop() {
      await server.stop();
      await dataSource.destroy();
    },
  };
}
