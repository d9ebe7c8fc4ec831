// The national default of the "expiring" window names its source inside the repository (docs/domain.md,
// "Certification"), where the first migration named a document outside it.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CertificationSetting } from '../entities/certification-setting.entity.js';

const BEFORE = 'shared/domain.md "Certification": expiring within 90 days (default; an agency may set its own)';
const AFTER = 'docs/domain.md "Certification": expiring within 90 days (default; an agency may set its own)';

async function reword(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  await queryRunner.manager
    .getRepository(CertificationSetting)
    .createQueryBuilder()
    .update()
    .set({ source: to })
    .where('agency_id IS NULL AND source = :from', { from })
    .execute();
}

export class RewordExpiringDefaultSource1768500000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await reword(queryRunner, BEFORE, AFTER);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await reword(queryRunner, AFTER, BEFORE);
  }
}
