import { idColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCertificate1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'certificate',
        columns: [
          idColumn(),
          { name: 'employee_id', type: 'integer' },
          { name: 'number', type: 'varchar', length: '100' },
          { name: 'scheme_name', type: 'varchar', length: '200' },
        ],
      }),
    );
    await queryRunner.createIndex('certificate', new TableIndex({ columnNames: ['employee_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('certificate');
  }
}
