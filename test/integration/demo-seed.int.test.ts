// The demo is the same on every database: each subgraph's seed, on a fixed day, gives every table the rows the
// committed digest records (docs/architecture.md §13). A seed that computed from what a driver wrote back after an
// INSERT would differ between SQLite and MariaDB; an intended change of the demo updates the digest (`vitest -u`).
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, fixedClock, openDataSource, type DataSourceSpec, type Logger } from '@asn/common';
import { createCertificationSubgraph } from '@asn/certification';
import { createPersonnelSubgraph } from '@asn/personnel';
import { createTrainingSubgraph } from '@asn/training';
import type { DataSource } from 'typeorm';
import { DATABASES, testConfig } from '../support/test-config.js';

const TODAY = '2026-11-25';
const clock = fixedClock(TODAY);
const SUBGRAPHS: (DataSourceSpec & { seed: (dataSource: DataSource, logger: Logger) => Promise<void> })[] = [
  createPersonnelSubgraph(clock),
  createTrainingSubgraph({ clock }),
  createCertificationSubgraph(clock),
];

/** Row count and SHA-256 of every table's rows in primary-key order, as the entities read them. */
async function digestOf(dataSource: DataSource): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const metadata of [...dataSource.entityMetadatas].sort((a, b) => a.tableName.localeCompare(b.tableName))) {
    const query = dataSource.getRepository(metadata.target).createQueryBuilder('row');
    for (const column of metadata.primaryColumns) query.addOrderBy(`row.${column.propertyPath}`, 'ASC');
    const rows = (await query.getMany()).map((row) =>
      metadata.columns.map((column) => {
        const value: unknown = column.getEntityValue(row);
        return value instanceof Date ? value.toISOString() : value;
      }),
    );
    const hash = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    digest[metadata.tableName] = `${rows.length} rows, sha256 ${hash}`;
  }
  return digest;
}

describe.each(DATABASES)('the demo seed on %s', (database) => {
  let open: DataSource | undefined;
  afterEach(async () => {
    if (open?.isInitialized) {
      if (database === 'mysql') await open.query(`DROP DATABASE \`${open.options.database}\``);
      await open.destroy();
    }
  });

  it.each(SUBGRAPHS.map((module) => [module.service, module] as const))(
    'gives every %s table the rows of the committed digest',
    async (service, module) => {
      open = await openDataSource(module, {
        DATABASE_URL: database === 'mysql' ? testConfig.MYSQL_URL : undefined,
        DATABASE_PREFIX: `asn_demo_${process.pid}_`,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'asn-demo-')),
      });
      await module.seed(open, createLogger(service, 'silent'));
      const digest = `${JSON.stringify(await digestOf(open), null, 2)}\n`;
      await expect(digest).toMatchFileSnapshot(`./demo-seed/${service}.digest.json`);
    },
  );
});
