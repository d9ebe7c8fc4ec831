import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { idColumn } from '../migration-columns.js';

export class CreateAuditLog1764100000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          idColumn(),
          { name: 'occurred_at', type: 'varchar', length: '30' },
          { name: 'actor', type: 'varchar', length: '100' },
          { name: 'actor_agency_id', type: 'varchar', length: '20', isNullable: true },
          { name: 'action', type: 'varchar', length: '10' },
          { name: 'entity_name', type: 'varchar', length: '60' },
          { name: 'entity_id', type: 'varchar', length: '60', isNullable: true },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('audit_log', new TableIndex({ columnNames: ['actor_agency_id', 'id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_log');
  }
}
