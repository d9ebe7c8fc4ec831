// Competencies an agency keeps itself, positions with their own retirement age, and both retired instead
// of deleted (assessments, standards and employees point at them).
import { intColumn, retiredOnColumn } from '@asn/common';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class KeepMasterData1764900000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('competency', [
      new TableColumn(intColumn('agency_id', true)),
      new TableColumn(retiredOnColumn()),
    ]);
    await queryRunner.addColumns('position', [
      new TableColumn(intColumn('retirement_age', true)),
      new TableColumn(retiredOnColumn()),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('position', ['retirement_age', 'retired_on']);
    await queryRunner.dropColumns('competency', ['agency_id', 'retired_on']);
  }
}
