import { idColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateEnrolment1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'enrolment',
        columns: [
          idColumn(),
          { name: 'employee_id', type: 'integer' },
          { name: 'training_title', type: 'varchar', length: '200' },
          { name: 'jp', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createIndex('enrolment', new TableIndex({ columnNames: ['employee_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('enrolment');
  }
}
