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
import { demoModeVariable, refuseWeakSecrets, secretVariable } from './secrets.js';
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
    DEMO_SIGN_IN: demoModeVariable,
    GATEWAY_IDENTITY_SECRET: secretVariable(
      'secret shared with the gateway, which signs the caller identity it forwards (HS256)',
      'dev-only-identity-secret-change-me',
    ),
    MAX_BODY_BYTES: { description: 'largest request body accepted', default: 1_000_000, parse: parsers.positiveInt },
    ...clockConfigSpec,
  };
}

/** The subgraph's configuration; outside demo mode a default or short secret stops it here, naming the variable. */
export function loadSubgraphConfig(service: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env) {
  const spec = subgraphProcessConfigSpec(service, defaultPort);
  const config = loadConfig(spec, env);
  if (!config.DEMO_SIGN_IN) refuseWeakSecrets(spec, config, env);
  return config;
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
  const config = loadSubgraphConfig(module.service, module.defaultPort);
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
    demo: config.DEMO_SIGN_IN,
    statementCounter: counter,
    createContext: (request) => module.createContext(dataSource, request),
  });
  stopOnSignals(running.stop, logger);
}
