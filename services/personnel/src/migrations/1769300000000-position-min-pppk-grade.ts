import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// A post's own minimum PPPK grade (1-17), kept by the administrator; null keeps the default by JF level.
export class PositionMinPppkGrade1769300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'position',
      new TableColumn({ name: 'min_pppk_grade', type: 'integer', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('position', 'min_pppk_grade');
  }
}
