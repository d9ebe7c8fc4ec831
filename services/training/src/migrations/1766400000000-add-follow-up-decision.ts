// The manager's answer to a follow-up proposal and to a re-assessment proposal, kept on the enrolment they come from.
import { dateColumn, textColumn } from '@asn/common';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddFollowUpDecision1766400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('enrolment', [
      new TableColumn(textColumn('follow_up_decision', 10, true)),
      new TableColumn(dateColumn('follow_up_decided_on', true)),
      new TableColumn(dateColumn('reassessment_closed_on', true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('enrolment', [
      'follow_up_decision',
      'follow_up_decided_on',
      'reassessment_closed_on',
    ]);
  }
}
