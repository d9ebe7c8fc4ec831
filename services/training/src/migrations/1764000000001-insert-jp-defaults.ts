// The national defaults of competency development as a row (docs/domain.md, "Agency settings").
// Written through the entity (no raw SQL), naming the columns this migration knows: later migrations add others.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JpSetting } from '../entities/jp-setting.entity.js';

export class InsertJpDefaults1764000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.manager
      .createQueryBuilder()
      .insert()
      .into(JpSetting, ['agencyId', 'jpTarget', 'pppkJpCap', 'postTestPassScore', 'source'])
      .values({
        agencyId: null,
        jpTarget: 20,
        pppkJpCap: 24,
        postTestPassScore: 70,
        source: 'PP 11/2017 jo. PP 17/2020 (20 JP/tahun PNS, 24 JP PPPK); nilai lulus post-test: default instansi',
      })
      // Reading back the inserted row would select columns later migrations add.
      .updateEntity(false)
      .execute();
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.manager.createQueryBuilder().delete().from(JpSetting).where('agency_id IS NULL').execute();
  }
}
