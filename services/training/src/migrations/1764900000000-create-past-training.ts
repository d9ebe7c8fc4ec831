// Past and external trainings, and what keeps the catalog without deleting it (retired trainings and
// providers, cancelled sessions).
import { dateColumn, idColumn, intColumn, retiredOnColumn, textColumn } from '@asn/common';
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreatePastTraining1764900000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'past_training',
        columns: [
          idColumn(),
          intColumn('employee_id'),
          intColumn('agency_id'),
          intColumn('training_id', true),
          textColumn('title', 200),
          textColumn('form', 20),
          textColumn('category', 30),
          dateColumn('start_date'),
          dateColumn('end_date'),
          intColumn('jp'),
          intColumn('provider_id', true),
          textColumn('provider_name', 200, true),
          textColumn('certificate_number', 100, true),
          textColumn('status', 10),
          textColumn('source', 15),
          textColumn('recorded_by', 100),
          textColumn('verified_by', 100, true),
          dateColumn('verified_on', true),
        ],
        indices: [new TableIndex({ columnNames: ['employee_id'] })],
      }),
    );
    await queryRunner.addColumn('training', new TableColumn(retiredOnColumn()));
    await queryRunner.addColumns('provider', [
      new TableColumn(intColumn('agency_id', true)),
      new TableColumn(retiredOnColumn()),
    ]);
    await queryRunner.addColumns('training_session', [
      new TableColumn(dateColumn('cancelled_on', true)),
      new TableColumn(textColumn('cancel_reason', 500, true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('training_session', ['cancelled_on', 'cancel_reason']);
    await queryRunner.dropColumns('provider', ['agency_id', 'retired_on']);
    await queryRunner.dropColumn('training', 'retired_on');
    await queryRunner.dropTable('past_training');
  }
}
