import { idColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/** The personnel histories the career planner dates requirements from. */
export class CreateHistories1764000000004 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const tables: [string, TableColumnOptions[], string[]][] = [
      [
        'performance_rating',
        [
          { name: 'year', type: 'integer' },
          { name: 'predikat', type: 'varchar', length: '20' },
          { name: 'rated_by', type: 'varchar', length: '150' },
        ],
        ['employee_id', 'year'],
      ],
      [
        'rank_history',
        [
          { name: 'rank', type: 'integer' },
          { name: 'tmt', type: 'date' },
          { name: 'decree_number', type: 'varchar', length: '100' },
        ],
        ['employee_id', 'tmt'],
      ],
      [
        'position_history',
        [
          { name: 'position_id', type: 'integer' },
          { name: 'unit_id', type: 'integer' },
          { name: 'from_date', type: 'date' },
          { name: 'to_date', type: 'date', isNullable: true },
        ],
        ['employee_id', 'from_date'],
      ],
      [
        'education_history',
        [
          { name: 'level', type: 'varchar', length: '5' },
          { name: 'field', type: 'varchar', length: '150' },
          { name: 'institution', type: 'varchar', length: '150' },
          { name: 'graduation_year', type: 'integer' },
        ],
        ['employee_id', 'level'],
      ],
    ];
    for (const [name, columns, unique] of tables) {
      await queryRunner.createTable(
        new Table({ name, columns: [idColumn(), { name: 'employee_id', type: 'integer' }, ...columns] }),
      );
      await queryRunner.createIndex(name, new TableIndex({ columnNames: unique, isUnique: true }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['education_history', 'position_history', 'rank_history', 'performance_rating']) {
      await queryRunner.dropTable(table);
    }
  }
}
