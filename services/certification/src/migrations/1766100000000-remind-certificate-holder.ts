// When an administrator last reminded a certificate's holder of its expiry, and who: recorded, nothing is sent.
import { dateColumn, textColumn } from '@asn/common';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class RemindCertificateHolder1766100000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('certificate', [
      new TableColumn(dateColumn('reminded_on', true)),
      new TableColumn(textColumn('reminded_by', 100, true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('certificate', ['reminded_on', 'reminded_by']);
  }
}
