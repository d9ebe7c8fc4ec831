// Degree studies (tugas belajar / izin belajar) and their semester reports, records of their own rather than
// catalog sessions (docs/domain.md, "Degree study").
import { dateColumn, idColumn, intColumn, textColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateDegreeStudy1765700000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'degree_study',
        columns: [
          idColumn(),
          intColumn('agency_id'),
          intColumn('employee_id'),
          textColumn('kind', 20),
          textColumn('level', 5),
          textColumn('programme', 150),
          textColumn('institution', 150),
          textColumn('funding', 20),
          dateColumn('starts_on'),
          dateColumn('expected_end_on'),
          textColumn('status', 20),
          dateColumn('applied_on'),
          dateColumn('manager_approved_on', true),
          dateColumn('approved_on', true),
          textColumn('rejection_reason', 500, true),
          dateColumn('graduated_on', true),
        ],
      }),
    );
    for (const column of ['agency_id', 'employee_id']) {
      await queryRunner.createIndex('degree_study', new TableIndex({ columnNames: [column] }));
    }
    await queryRunner.createTable(
      new Table({
        name: 'degree_study_report',
        columns: [
          idColumn(),
          intColumn('study_id'),
          intColumn('semester'),
          intColumn('gpa_hundredths'),
          intColumn('credits_earned'),
          textColumn('note', 1000, true),
          dateColumn('reported_on'),
        ],
      }),
    );
    await queryRunner.createIndex(
      'degree_study_report',
      new TableIndex({ columnNames: ['study_id', 'semester'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('degree_study_report');
    await queryRunner.dropTable('degree_study');
  }
}
