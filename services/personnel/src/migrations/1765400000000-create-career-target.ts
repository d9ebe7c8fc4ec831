// A person's chosen career target: keyed by the employee, so there is one per person.
import { dateColumn, intColumn } from '@asn/common';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCareerTarget1765400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'career_target',
        columns: [{ ...intColumn('employee_id'), isPrimary: true }, intColumn('position_id'), dateColumn('chosen_on')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('career_target');
  }
}
