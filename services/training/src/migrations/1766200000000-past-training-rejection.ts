// An administrator may reject a submitted past training, with the reason the employee reads.
import { textColumn } from '@asn/common';
import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const QUEUE_INDEX = 'IDX_past_training_agency_status';

export class PastTrainingRejection1766200000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('past_training', new TableColumn(textColumn('rejection_reason', 500, true)));
    // The verification queue reads an agency's pending ones.
    await queryRunner.createIndex(
      'past_training',
      new TableIndex({ name: QUEUE_INDEX, columnNames: ['agency_id', 'status'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('past_training', QUEUE_INDEX);
    await queryRunner.dropColumn('past_training', 'rejection_reason');
  }
}
