// Internships (magang) and secondments (detasering) with the competencies they aim at: records of their own, so a
// completed one counts its JP and proves its competencies (docs/domain.md, "Placements").
import { dateColumn, idColumn, intColumn, textColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreatePlacement1766600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'placement',
        columns: [
          idColumn(),
          intColumn('agency_id'),
          intColumn('employee_id'),
          textColumn('kind', 12),
          textColumn('host_organisation', 200),
          textColumn('supervisor_name', 150),
          textColumn('supervisor_contact', 150, true),
          dateColumn('starts_on'),
          dateColumn('ends_on'),
          intColumn('jp'),
          textColumn('goals', 1000),
          textColumn('status', 12),
          dateColumn('proposed_on'),
          dateColumn('decided_on', true),
          textColumn('rejection_reason', 500, true),
          textColumn('report', 2000, true),
          textColumn('host_assessment', 12, true),
          dateColumn('completed_on', true),
        ],
      }),
    );
    for (const column of ['agency_id', 'employee_id']) {
      await queryRunner.createIndex('placement', new TableIndex({ columnNames: [column] }));
    }
    await queryRunner.createTable(
      new Table({
        name: 'placement_competency',
        columns: [idColumn(), intColumn('placement_id'), intColumn('competency_id'), intColumn('target_level')],
      }),
    );
    await queryRunner.createIndex(
      'placement_competency',
      new TableIndex({ columnNames: ['placement_id', 'competency_id'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('placement_competency');
    await queryRunner.dropTable('placement');
  }
}
