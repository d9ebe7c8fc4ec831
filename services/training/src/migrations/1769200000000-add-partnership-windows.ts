// The partnership status windows become agency settings (docs/domain.md, "Agency settings"), as the certificate
// expiring window and the evaluation delays are: days before its end an agreement is lapsing, months without an
// activity before it is unused. Existing rows keep 90 and 6.
import { intColumn } from '@asn/common';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddPartnershipWindows1769200000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('jp_setting', [
      new TableColumn({ ...intColumn('partnership_lapsing_days'), default: 90 }),
      new TableColumn({ ...intColumn('partnership_unused_months'), default: 6 }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('jp_setting', ['partnership_lapsing_days', 'partnership_unused_months']);
  }
}
