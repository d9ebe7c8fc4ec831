import 'reflect-metadata';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataSource, type DataSourceSpec } from '@asn/common';
import { pendingSchemaChanges } from '@asn/common/testing';
import { certificationSubgraph } from '@asn/certification';
import { personnelSubgraph } from '@asn/personnel';
import { trainingSubgraph } from '@asn/training';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { DATABASES, testConfig } from '../support/test-config.js';

const SUBGRAPHS: DataSourceSpec[] = [personnelSubgraph, trainingSubgraph, certificationSubgraph];

describe.each(DATABASES)('migrations on %s', (database) => {
  let open: DataSource | undefined;
  afterEach(async () => {
    if (open?.isInitialized) {
      if (database === 'mysql') await open.query(`DROP DATABASE \`${open.options.database}\``);
      await open.destroy();
    }
  });

  it.each(SUBGRAPHS.map((spec) => [spec.service, spec] as const))(
    'give %s exactly the schema its entities describe',
    async (_name, spec) => {
      open = await openDataSource(spec, {
        DATABASE_URL: database === 'mysql' ? testConfig.MYSQL_URL : undefined,
        DATABASE_PREFIX: `asn_drift_${process.pid}_`,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'asn-drift-')),
      });
      const pending = await pendingSchemaChanges(open);
      if (pending.length) console.log(spec.service, database, pending);
      expect(pending).toEqual([]);
    },
  );
});
