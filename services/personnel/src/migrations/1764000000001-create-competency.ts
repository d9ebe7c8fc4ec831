import { idColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCompetency1764000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'competency',
        columns: [
          idColumn(),
          { name: 'code', type: 'varchar', length: '20' },
          { name: 'name', type: 'varchar', length: '150' },
          { name: 'type', type: 'varchar', length: '20' },
          { name: 'definition', type: 'varchar', length: '500' },
        ],
      }),
    );
    await queryRunner.createIndex('competency', new TableIndex({ columnNames: ['code'], isUnique: true }));
    await queryRunner.createTable(
      new Table({
        name: 'competency_level',
        columns: [
          idColumn(),
          { name: 'competency_id', type: 'integer' },
          { name: 'level', type: 'integer' },
          { name: 'descriptor', type: 'varchar', length: '500' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'competency_level',
      new TableIndex({ columnNames: ['competency_id', 'level'], isUnique: true }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'competency_standard',
        columns: [
          idColumn(),
          { name: 'position_id', type: 'integer' },
          { name: 'competency_id', type: 'integer' },
          { name: 'required_level', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'competency_standard',
      new TableIndex({ columnNames: ['position_id', 'competency_id'], isUnique: true }),
    );
    await queryRunner.createIndex('competency_standard', new TableIndex({ columnNames: ['competency_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['competency_standard', 'competency_level', 'competency']) await queryRunner.dropTable(table);
  }
}
