// Schemes and issuers an agency keeps itself, retired instead of deleted (certificates point at them).
import { intColumn, retiredOnColumn } from '@asn/common';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class RetireScheme1764900000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('scheme', [
      new TableColumn(intColumn('agency_id', true)),
      new TableColumn(retiredOnColumn()),
    ]);
    await queryRunner.addColumns('issuer', [
      new TableColumn(intColumn('agency_id', true)),
      new TableColumn(retiredOnColumn()),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('issuer', ['agency_id', 'retired_on']);
    await queryRunner.dropColumns('scheme', ['agency_id', 'retired_on']);
  }
}
