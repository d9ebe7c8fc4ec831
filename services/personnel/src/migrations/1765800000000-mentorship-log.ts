// Mentorships gain a log (meetings, notes) and an outcome; an agency keeps how many mentees one mentor may guide
// at once (default 3), which the mentor suggestions read as availability (docs/domain.md, "Mentorship").
import { dateColumn, idColumn, intColumn, textColumn } from '@asn/common';
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class MentorshipLog1765800000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'agency',
      new TableColumn({ name: 'mentor_mentee_limit', type: 'integer', default: 3 }),
    );
    await queryRunner.addColumns('mentorship', [
      new TableColumn(textColumn('outcome', 20, true)),
      new TableColumn(textColumn('outcome_note', 500, true)),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'mentorship_log',
        columns: [
          idColumn(),
          intColumn('mentorship_id'),
          dateColumn('held_on'),
          textColumn('kind', 10),
          textColumn('note', 1000),
        ],
      }),
    );
    await queryRunner.createIndex('mentorship_log', new TableIndex({ columnNames: ['mentorship_id', 'held_on'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('mentorship_log');
    await queryRunner.dropColumns('mentorship', ['outcome', 'outcome_note']);
    await queryRunner.dropColumn('agency', 'mentor_mentee_limit');
  }
}
