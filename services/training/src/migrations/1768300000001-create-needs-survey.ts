// The yearly training-needs survey of a unit, its answers and the competencies they propose (docs/domain.md,
// "Needs surveys").
import { dateColumn, idColumn, intColumn, textColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateNeedsSurvey1768300000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'needs_survey',
        columns: [
          idColumn(),
          intColumn('agency_id'),
          intColumn('unit_id'),
          intColumn('year'),
          dateColumn('opened_on'),
          dateColumn('closes_on'),
        ],
      }),
    );
    await queryRunner.createIndex('needs_survey', new TableIndex({ columnNames: ['unit_id', 'year'], isUnique: true }));
    await queryRunner.createTable(
      new Table({
        name: 'needs_survey_response',
        columns: [
          idColumn(),
          intColumn('survey_id'),
          intColumn('employee_id'),
          textColumn('source', 8),
          textColumn('forms', 60),
          textColumn('note', 1000, true),
          dateColumn('submitted_on'),
        ],
      }),
    );
    await queryRunner.createIndex(
      'needs_survey_response',
      new TableIndex({ columnNames: ['survey_id', 'employee_id', 'source'], isUnique: true }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'needs_survey_choice',
        columns: [idColumn(), intColumn('response_id'), intColumn('competency_id')],
      }),
    );
    await queryRunner.createIndex(
      'needs_survey_choice',
      new TableIndex({ columnNames: ['response_id', 'competency_id'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('needs_survey_choice');
    await queryRunner.dropTable('needs_survey_response');
    await queryRunner.dropTable('needs_survey');
  }
}
