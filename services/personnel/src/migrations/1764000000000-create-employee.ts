import { idColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateEmployee1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'employee',
        columns: [
          idColumn(),
          { name: 'nip', type: 'varchar', length: '18' },
          { name: 'name', type: 'varchar', length: '150' },
        ],
      }),
    );
    await queryRunner.createIndex('employee', new TableIndex({ columnNames: ['nip'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('employee');
  }
}
