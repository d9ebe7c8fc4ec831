import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Every agency's employees by name (the employees connection without an agency, as the gateway's system identity
 * lists them) page by a keyset on (name, id): without this index each page sorted the whole table (100k employees
 * on MariaDB: a full scan and a filesort, 100 ms a page; with it, one index range).
 */
export class IndexEmployeeName1765500000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('employee', new TableIndex({ columnNames: ['name'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable('employee');
    const index = table?.indices.find((each) => each.columnNames.join() === 'name');
    if (index) await queryRunner.dropIndex('employee', index);
  }
}
