import { idColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateEmployee1764000000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'employee',
        columns: [
          idColumn(),
          { name: 'nip', type: 'varchar', length: '18' },
          { name: 'name', type: 'varchar', length: '150' },
          { name: 'employee_type', type: 'varchar', length: '4' },
          { name: 'agency_id', type: 'integer' },
          { name: 'unit_id', type: 'integer' },
          { name: 'position_id', type: 'integer' },
          { name: 'manager_id', type: 'integer', isNullable: true },
          { name: 'golongan_rank', type: 'integer' },
          { name: 'education', type: 'varchar', length: '5' },
          { name: 'position_since', type: 'date' },
          { name: 'performance_predikat', type: 'varchar', length: '20', isNullable: true },
          { name: 'potential_score', type: 'integer', isNullable: true },
          { name: 'version', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createIndex('employee', new TableIndex({ columnNames: ['nip'], isUnique: true }));
    await queryRunner.createIndex('employee', new TableIndex({ columnNames: ['agency_id', 'nip'] }));
    for (const column of ['unit_id', 'position_id', 'manager_id']) {
      await queryRunner.createIndex('employee', new TableIndex({ columnNames: [column] }));
    }
    await queryRunner.createTable(
      new Table({
        name: 'assessment',
        columns: [
          idColumn(),
          { name: 'employee_id', type: 'integer' },
          { name: 'competency_id', type: 'integer' },
          { name: 'level', type: 'integer' },
          { name: 'source', type: 'varchar', length: '20' },
          { name: 'assessed_on', type: 'date' },
          { name: 'assessor', type: 'varchar', length: '150' },
          { name: 'evidence', type: 'varchar', length: '500', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('assessment', new TableIndex({ columnNames: ['employee_id', 'competency_id'] }));
    await queryRunner.createTable(
      new Table({
        name: 'career_ladder_edge',
        columns: [
          idColumn(),
          { name: 'agency_id', type: 'integer' },
          { name: 'from_position_id', type: 'integer' },
          { name: 'to_position_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '12' },
          { name: 'min_years_in_position', type: 'integer' },
          { name: 'min_golongan_rank', type: 'integer', isNullable: true },
          { name: 'leadership_training_code', type: 'varchar', length: '10', isNullable: true },
          { name: 'required_education', type: 'varchar', length: '5', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'career_ladder_edge',
      new TableIndex({ columnNames: ['from_position_id', 'to_position_id'], isUnique: true }),
    );
    for (const column of ['agency_id', 'to_position_id']) {
      await queryRunner.createIndex('career_ladder_edge', new TableIndex({ columnNames: [column] }));
    }
    await queryRunner.createTable(
      new Table({
        name: 'mentorship',
        columns: [
          idColumn(),
          { name: 'agency_id', type: 'integer' },
          { name: 'mentor_id', type: 'integer' },
          { name: 'mentee_id', type: 'integer' },
          { name: 'starts_on', type: 'date' },
          { name: 'ends_on', type: 'date', isNullable: true },
        ],
      }),
    );
    for (const column of ['mentor_id', 'mentee_id']) {
      await queryRunner.createIndex('mentorship', new TableIndex({ columnNames: [column] }));
    }
    await queryRunner.createTable(
      new Table({
        name: 'mentorship_focus',
        columns: [idColumn(), { name: 'mentorship_id', type: 'integer' }, { name: 'competency_id', type: 'integer' }],
      }),
    );
    await queryRunner.createIndex(
      'mentorship_focus',
      new TableIndex({ columnNames: ['mentorship_id', 'competency_id'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['mentorship_focus', 'mentorship', 'career_ladder_edge', 'assessment', 'employee']) {
      await queryRunner.dropTable(table);
    }
  }
}
