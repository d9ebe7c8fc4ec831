import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The sync feeds (services/common sync) read one table's entries after a position: an index range on
 * (entity_name, id), however long the log, instead of a scan of every entry since that position.
 */
export class IndexAuditLogEntity1765500000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('audit_log', new TableIndex({ columnNames: ['entity_name', 'id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable('audit_log');
    const index = table?.indices.find((each) => each.columnNames.join() === 'entity_name,id');
    if (index) await queryRunner.dropIndex('audit_log', index);
  }
}
