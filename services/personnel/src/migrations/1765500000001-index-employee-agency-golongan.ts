import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An agency's employees in golongan order (the employees connection's GOLONGAN sort) page by a keyset on
 * (golongan_rank, id): with this index each page is one range, as the NAME and NIP orders are with theirs (the
 * engines append the primary key to a secondary index, so the id tie-break is in the index too).
 */
export class IndexEmployeeAgencyGolongan1765500000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('employee', new TableIndex({ columnNames: ['agency_id', 'golongan_rank'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable('employee');
    const index = table?.indices.find((each) => each.columnNames.join() === 'agency_id,golongan_rank');
    if (index) await queryRunner.dropIndex('employee', index);
  }
}
