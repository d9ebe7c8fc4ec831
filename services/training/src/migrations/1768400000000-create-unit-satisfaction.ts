// The public-satisfaction index (IKM) of a unit per year, the result level of training evaluation (docs/domain.md,
// "Measuring success").
import { idColumn, intColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateUnitSatisfaction1768400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'unit_satisfaction',
        columns: [
          idColumn(),
          intColumn('unit_id'),
          intColumn('agency_id'),
          intColumn('year'),
          { name: 'score', type: 'decimal', precision: 5, scale: 2 },
        ],
      }),
    );
    await queryRunner.createIndex(
      'unit_satisfaction',
      new TableIndex({ columnNames: ['unit_id', 'year'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('unit_satisfaction');
  }
}
