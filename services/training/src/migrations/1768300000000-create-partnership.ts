// Cooperation agreements (MoU/PKS) with partners and what was done under them (docs/domain.md, "Partnerships").
import { dateColumn, idColumn, intColumn, textColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreatePartnership1768300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'partnership',
        columns: [
          idColumn(),
          intColumn('agency_id'),
          textColumn('partner_name', 200),
          textColumn('partner_kind', 20),
          intColumn('provider_id', true),
          textColumn('agreement_kind', 4),
          textColumn('document_number', 100),
          textColumn('scope', 1000),
          dateColumn('starts_on'),
          dateColumn('ends_on'),
          dateColumn('ended_on', true),
          textColumn('contact_name', 150),
          textColumn('contact_info', 150, true),
        ],
      }),
    );
    await queryRunner.createIndex('partnership', new TableIndex({ columnNames: ['agency_id'] }));
    await queryRunner.createTable(
      new Table({
        name: 'partnership_activity',
        columns: [
          idColumn(),
          intColumn('partnership_id'),
          textColumn('kind', 20),
          textColumn('title', 200),
          dateColumn('held_on'),
          intColumn('participants'),
          intColumn('placement_id', true),
          textColumn('note', 1000, true),
        ],
      }),
    );
    await queryRunner.createIndex('partnership_activity', new TableIndex({ columnNames: ['partnership_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('partnership_activity');
    await queryRunner.dropTable('partnership');
  }
}
