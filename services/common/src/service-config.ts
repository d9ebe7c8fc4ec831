// The configuration every subgraph process shares; a subgraph adds its own variables to it.
import { parsers, type ConfigSpec } from './config.js';

export function subgraphConfigSpec(service: string, defaultPort: number) {
  return {
    PORT: { description: `HTTP port of the ${service} subgraph`, default: defaultPort, parse: parsers.port },
    HOST: { description: 'interface to listen on', default: '127.0.0.1', parse: parsers.string },
    DATABASE_URL: {
      description: `MySQL/MariaDB URL: a server (mysql://user:pass@host:port), whose database ${service} gets DATABASE_PREFIX, or a full URL naming the database. Unset: embedded SQLite`,
      default: undefined,
      parse: parsers.optional(parsers.url),
    },
    DATABASE_PREFIX: {
      description: 'prefix of the per-service MySQL database names',
      default: 'asn_',
      parse: parsers.string,
    },
    DATA_DIR: { description: 'folder of the SQLite files', default: 'data', parse: parsers.string },
    LOG_LEVEL: {
      description: 'pino log level',
      default: 'info',
      parse: parsers.oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
    },
    DEBUG_STATS: {
      description: 'expose GET /debug/stats (SQL statements and requests served), for tests only',
      default: false,
      parse: parsers.boolean,
    },
    SEED_DEMO: { description: 'seed the demo data at start-up (idempotent)', default: false, parse: parsers.boolean },
  } satisfies ConfigSpec;
}
