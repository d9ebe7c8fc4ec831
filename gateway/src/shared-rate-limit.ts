// Rate limits counted in one MySQL/MariaDB table that every gateway replica shares (rate-limiter-flexible's MySQL
// store), so a caller gets the same allowance behind a load balancer as from a single gateway.
import { createPool } from 'mysql2';
import { RateLimiterMySQL } from 'rate-limiter-flexible';
import type { LimiterFactory } from './rate-limit.js';

export interface SharedLimiters {
  limiters: LimiterFactory;
  /** Settles once the table exists: listen only then (before it, the store refuses to count). */
  ready: Promise<void>;
  close(): Promise<void>;
}

const TABLE = 'rate_limit';

/**
 * `url` names the database (mysql://user:pass@host:port/db, created if missing); its table `rate_limit` is created
 * before the first request, and rows of ended minutes are cleared by the store every hour.
 */
export function sharedLimiters(url: string): SharedLimiters {
  const parsed = new URL(url);
  const dbName = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'asn_gateway';
  const pool = createPool({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username) || 'root',
    password: decodeURIComponent(parsed.password),
    connectionLimit: 10,
  });
  // 'pool': each count takes one connection for its transaction (BEGIN, upsert, SELECT, COMMIT) and releases it. Any
  // other storeType ran those statements on the pool itself, one free connection each, and on a database error
  // called a rollback the pool does not have: a TypeError that ended the gateway (the cluster load test).
  const store = { storeClient: pool, storeType: 'pool', dbName, tableName: TABLE, duration: 60 };
  const ready = new Promise<void>((resolve, reject) => {
    new RateLimiterMySQL({ ...store, keyPrefix: 'setup', points: 1 }, (error?: Error) =>
      error ? reject(error) : resolve(),
    );
  });
  return {
    ready,
    limiters: (name, pointsPerMinute) =>
      new RateLimiterMySQL({
        ...store,
        tableCreated: true,
        clearExpiredByTimeout: name === 'requests',
        keyPrefix: name,
        points: pointsPerMinute,
      }),
    close: () => new Promise<void>((resolve) => pool.end(() => resolve())),
  };
}
