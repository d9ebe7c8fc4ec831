import { idColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateOrganisation1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'agency',
        columns: [
          idColumn(),
          { name: 'name', type: 'varchar', length: '150' },
          { name: 'province', type: 'varchar', length: '100' },
          { name: 'jpm_formula', type: 'varchar', length: '10' },
          { name: 'assessment_validity_years', type: 'integer' },
          { name: 'potential_menengah_from', type: 'integer' },
          { name: 'potential_tinggi_from', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'kinerja_mapping',
        columns: [
          idColumn(),
          { name: 'agency_id', type: 'integer' },
          { name: 'predikat', type: 'varchar', length: '20' },
          { name: 'kinerja', type: 'varchar', length: '10' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'kinerja_mapping',
      new TableIndex({ columnNames: ['agency_id', 'predikat'], isUnique: true }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit',
        columns: [
          idColumn(),
          { name: 'agency_id', type: 'integer' },
          { name: 'parent_id', type: 'integer', isNullable: true },
          { name: 'name', type: 'varchar', length: '150' },
          { name: 'path', type: 'varchar', length: '255' },
          { name: 'head_employee_id', type: 'integer', isNullable: true },
        ],
      }),
    );
    for (const column of ['agency_id', 'parent_id', 'path']) {
      await queryRunner.createIndex('unit', new TableIndex({ columnNames: [column] }));
    }
    await queryRunner.createTable(
      new Table({
        name: 'position',
        columns: [
          idColumn(),
          { name: 'agency_id', type: 'integer' },
          { name: 'unit_id', type: 'integer' },
          { name: 'name', type: 'varchar', length: '150' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'track', type: 'varchar', length: '12' },
          { name: 'functional_level', type: 'varchar', length: '20', isNullable: true },
          { name: 'min_golongan_rank', type: 'integer' },
          { name: 'min_education', type: 'varchar', length: '5' },
        ],
      }),
    );
    for (const column of ['agency_id', 'unit_id']) {
      await queryRunner.createIndex('position', new TableIndex({ columnNames: [column] }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['position', 'unit', 'kinerja_mapping', 'agency']) await queryRunner.dropTable(table);
  }
}
