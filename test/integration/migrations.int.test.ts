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

  it("names the expiring window's national default by a source inside the repository", async () => {
    open = await openDataSource(certificationSubgraph, {
      DATABASE_URL: database === 'mysql' ? testConfig.MYSQL_URL : undefined,
      DATABASE_PREFIX: `asn_source_${process.pid}_`,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'asn-source-')),
    });
    const rows: { source: string }[] = await open.query(
      'SELECT source FROM certification_setting WHERE agency_id IS NULL',
    );
    expect(rows.map((row) => row.source)).toEqual([
      'docs/domain.md "Certification": expiring within 90 days (default; an agency may set its own)',
    ]);
  });
});
