import { idColumn } from '@asn/common';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateEmployee1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'employee',
        columns: [
          idColumn(),
          { name: 'nip', type: 'varchar', length: '18', isUnique: true },
          { name: 'name', type: 'varchar', length: '150' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('employee');
  }
}
