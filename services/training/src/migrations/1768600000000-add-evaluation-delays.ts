// The evaluation delays become agency settings (docs/domain.md, "Agency settings"): months before an application
// (L3) rating is due and the months a passed training proposes a re-assessment. Existing rows keep 3 and 12.
import { intColumn } from '@asn/common';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddEvaluationDelays1768600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('jp_setting', [
      new TableColumn({ ...intColumn('application_rating_after_months'), default: 3 }),
      new TableColumn({ ...intColumn('reassessment_proposal_months'), default: 12 }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('jp_setting', ['application_rating_after_months', 'reassessment_proposal_months']);
  }
}
