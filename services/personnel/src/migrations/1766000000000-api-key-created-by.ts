// An API key remembers which administrator created it, for the agency's list of keys.
import { intColumn } from '@asn/common';
import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class ApiKeyCreatedBy1766000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('api_key', new TableColumn(intColumn('created_by_user_id', true)));
    await queryRunner.createIndex('api_key', new TableIndex({ columnNames: ['agency_id', 'created_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable('api_key');
    const index = table?.indices.find((candidate) => candidate.columnNames.join() === 'agency_id,created_at');
    if (index) await queryRunner.dropIndex('api_key', index);
    await queryRunner.dropColumn('api_key', 'created_by_user_id');
  }
}
