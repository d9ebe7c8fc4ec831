import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An agency's employees in name order (the employees connection's NAME sort, what an administrator browses) read
 * from an index instead of sorting the whole agency for every page: at 100k employees the page query went from
 * the (agency_id, nip) index plus a temporary sort of the agency's rows to one index range (bench:scale).
 */
export class IndexEmployeeAgencyName1764700000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('employee', new TableIndex({ columnNames: ['agency_id', 'name'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable('employee');
    const index = table?.indices.find((each) => each.columnNames.join() === 'agency_id,name');
    if (index) await queryRunner.dropIndex('employee', index);
  }
}
