import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { insertRows } from './insert-rows.js';
import { createTestDatabase } from './testing/test-data-source.js';

const entry = (id: number) => ({
  id,
  occurredAt: '2026-11-25T00:00:00.000Z',
  actor: 'system',
  actorAgencyId: null,
  action: 'INSERT',
  entityName: 'demo',
  entityId: String(id),
  before: null,
  after: null,
});

describe('insertRows', () => {
  it("leaves the caller's rows as they were: SQLite's driver would renumber a batch from its last rowid", async () => {
    const { dataSource } = await createTestDatabase({ service: 'common', entities: [], migrations: [] });
    try {
      // Ids out of order, in two chunks: inserted as given, and the caller still reads its own.
      const rows = [entry(7), entry(3), entry(12)];
      await insertRows(dataSource.manager, AuditEntry, rows, 2);
      expect(rows.map((row) => row.id)).toEqual([7, 3, 12]);
      const stored = await dataSource.getRepository(AuditEntry).find({ order: { id: 'ASC' } });
      expect(stored.map((row) => [row.id, row.entityId])).toEqual([
        [3, '3'],
        [7, '7'],
        [12, '12'],
      ]);
    } finally {
      await dataSource.destroy();
    }
  });
});
