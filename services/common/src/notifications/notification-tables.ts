// The tables of notifications and their outbox, spelled once; each subgraph's own migration calls these, so each
// subgraph owns its tables (services/README.md) without repeating their definition.
import { Table, TableIndex, type QueryRunner } from 'typeorm';
import { idColumn, intColumn, textColumn } from '../migration-columns.js';

export async function createNotificationTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: 'notification',
      columns: [
        idColumn(),
        textColumn('source', 20),
        textColumn('kind', 30),
        intColumn('employee_id'),
        textColumn('audience', 10),
        intColumn('subject_id'),
        intColumn('threshold', true),
        textColumn('title', 200),
        textColumn('due_on', 10, true),
        textColumn('dedupe_key', 120),
        textColumn('created_at', 30),
        textColumn('read_at', 30, true),
      ],
    }),
  );
  await queryRunner.createIndex('notification', new TableIndex({ columnNames: ['employee_id', 'audience', 'id'] }));
  await queryRunner.createIndex('notification', new TableIndex({ columnNames: ['dedupe_key'], isUnique: true }));
  await queryRunner.createTable(
    new Table({
      name: 'outbox',
      columns: [
        idColumn(),
        textColumn('topic', 30),
        { name: 'payload', type: 'text' },
        textColumn('created_at', 30),
        textColumn('dispatched_at', 30, true),
      ],
    }),
  );
  await queryRunner.createIndex('outbox', new TableIndex({ columnNames: ['dispatched_at', 'id'] }));
}

export async function dropNotificationTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.dropTable('outbox');
  await queryRunner.dropTable('notification');
}
