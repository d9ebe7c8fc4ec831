// The whole life of a subgraph process: config, database and migrations, optional demo seed, serving, stopping.
import 'reflect-metadata';
import type { BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { clockConfigSpec } from './clock/clock.js';
import { loadConfig, parsers } from './config.js';
import { openDataSource, type DataSourceSpec } from './data-source.js';
import { createLogger, type Logger } from './logger.js';
import { serveSubgraph, stopOnSignals, type RequestInfo } from './serve.js';
import { subgraphConfigSpec } from './service-config.js';
import { SqlStatementCounter } from './sql-counter.js';

export interface SubgraphModule<TContext extends BaseContext & RequestInfo> extends DataSourceSpec {
  defaultPort: number;
  buildSchema: () => Promise<GraphQLSchema>;
  createContext: (dataSource: DataSource, request: RequestInfo) => TContext;
  /** Idempotent demo data. */
  seed: (dataSource: DataSource, logger: Logger) => Promise<void>;
}

export function subgraphProcessConfigSpec(service: string, defaultPort: number) {
  return {
    ...subgraphConfigSpec(service, defaultPort),
    GATEWAY_IDENTITY_SECRET: {
      description: 'secret shared with the gateway, which signs the caller identity it forwards (HS256)',
      default: 'dev-only-identity-secret-change-me',
      parse: parsers.string,
    },
    MAX_BODY_BYTES: { description: 'largest request body accepted', default: 1_000_000, parse: parsers.positiveInt },
    ...clockConfigSpec,
  };
}

/** Starts the subgraph; a failure to start is logged and ends the process with exit code 1. */
export function runSubgraph<TContext extends BaseContext & RequestInfo>(module: SubgraphModule<TContext>): void {
  startSubgraph(module).catch((error: unknown) => {
    console.error(`${module.service} failed to start:`, error);
    process.exit(1);
  });
}

async function startSubgraph<TContext extends BaseContext & RequestInfo>(
  module: SubgraphModule<TContext>,
): Promise<void> {
  const config = loadConfig(subgraphProcessConfigSpec(module.service, module.defaultPort));
  const logger = createLogger(module.service, config.LOG_LEVEL);
  const counter = config.DEBUG_STATS ? new SqlStatementCounter() : undefined;
  const dataSource = await openDataSource(module, config, counter);
  if (config.SEED_DEMO) await module.seed(dataSource, logger);
  const running = await serveSubgraph<TContext>({
    name: module.service,
    schema: await module.buildSchema(),
    dataSource,
    logger,
    port: config.PORT,
    host: config.HOST,
    identitySecret: config.GATEWAY_IDENTITY_SECRET,
    maxBodyBytes: config.MAX_BODY_BYTES,
    statementCounter: counter,
    createContext: (request) => module.createContext(dataSource, request),
  });
  stopOnSignals(running.stop, logger);
}
