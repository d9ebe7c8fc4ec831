// The national default of the "expiring" window as a row (docs/domain.md, "Agency settings").
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CertificationSetting } from '../entities/certification-setting.entity.js';

// Through the entity: a query builder on the bare table name still maps values by the entity's property names.
export class InsertExpiringDefault1764000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.manager.getRepository(CertificationSetting).insert({
      agencyId: null,
      expiringWithinDays: 90,
      source: 'shared/domain.md "Certification": expiring within 90 days (default; an agency may set its own)',
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.manager
      .getRepository(CertificationSetting)
      .createQueryBuilder()
      .delete()
      .where('agency_id IS NULL')
      .execute();
  }
}
