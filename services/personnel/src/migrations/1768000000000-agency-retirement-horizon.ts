import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// How far ahead the succession view flags a key post's holder as close to retirement: agency data, default 2 years.
export class AgencyRetirementHorizon1768000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'agency',
      new TableColumn({ name: 'retirement_horizon_years', type: 'integer', default: 2 }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('agency', 'retirement_horizon_years');
  }
}
