// One DataSource per subgraph: embedded SQLite by default, MySQL/MariaDB by URL; the schema comes from migrations only.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type DataSourceOptions, type LogLevel } from 'typeorm';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { AuditSubscriber } from './audit/audit.subscriber.js';
import { CreateAuditLog1764100000000 } from './audit/1764100000000-create-audit-log.js';
import { IndexAuditLogEntity1765500000000 } from './audit/1765500000000-index-audit-log-entity.js';
import { SqlStatementCounter } from './sql-counter.js';

export interface DatabaseSettings {
  /** mysql://user:pass@host:port[/database]; undefined means SQLite. */
  DATABASE_URL: string | undefined;
  DATABASE_PREFIX: string;
  DATA_DIR: string;
}

export interface DataSourceSpec {
  service: string;
  entities: Function[];
  migrations: Function[];
}

/** What every subgraph's database has besides its own tables: the audit log, written by a subscriber. */
export function withPlumbing(spec: DataSourceSpec) {
  return {
    entities: [...spec.entities, AuditEntry],
    migrations: [...spec.migrations, CreateAuditLog1764100000000, IndexAuditLogEntity1765500000000],
    subscribers: [AuditSubscriber],
  };
}

/** The MySQL database a service uses: the URL's own path, or the prefix plus the service name. */
export function mysqlDatabaseName(url: URL, prefix: string, service: string): string {
  const path = decodeURIComponent(url.pathname.replace(/^\//, ''));
  return path || `${prefix}${service}`;
}

export function dataSourceOptions(
  spec: DataSourceSpec,
  settings: DatabaseSettings,
  counter?: SqlStatementCounter,
): DataSourceOptions {
  const common = {
    ...withPlumbing(spec),
    migrationsRun: false,
    synchronize: false,
    logging: counter ? (['query'] as LogLevel[]) : false,
    logger: counter,
  };
  if (!settings.DATABASE_URL) {
    mkdirSync(settings.DATA_DIR, { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: join(settings.DATA_DIR, `${spec.service}.sqlite`),
      enableWAL: true,
      timeout: 5000,
    };
  }
  const url = new URL(settings.DATABASE_URL);
  return {
    ...common,
    type: 'mysql',
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    username: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    database: mysqlDatabaseName(url, settings.DATABASE_PREFIX, spec.service),
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
    extra: { connectionLimit: 10 },
  };
}

/**
 * Creates the database when missing, and tells MariaDB from MySQL: TypeORM reads column defaults differently for
 * each (MariaDB reports a nullable column's default as the string NULL), so the wrong one sees schema drift.
 */
async function prepareMysqlDatabase(options: DataSourceOptions): Promise<DataSourceOptions> {
  if (options.type !== 'mysql') return options;
  const connection = await createConnection({
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password as string,
  });
  try {
    const name = String(options.database).replace(/`/g, '');
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const version = String((rows as { version: string }[])[0]?.version ?? '');
    return version.includes('MariaDB') ? { ...options, type: 'mariadb' } : options;
  } finally {
    await connection.end();
  }
}

/** Opens the service's database (creating a MySQL database when missing) and runs pending migrations. */
export async function openDataSource(
  spec: DataSourceSpec,
  settings: DatabaseSettings,
  counter?: SqlStatementCounter,
): Promise<DataSource> {
  const options = await prepareMysqlDatabase(dataSourceOptions(spec, settings, counter));
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
