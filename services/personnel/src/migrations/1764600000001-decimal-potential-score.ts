import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// Assessment-centre potential scores have two decimals (59.99 sits just under menengah's 60): DECIMAL(5,2) holds
// 0.00-100.00 exactly. Existing whole scores carry over unchanged.
export class DecimalPotentialScore1764600000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.changeColumn(
      'employee',
      'potential_score',
      new TableColumn({ name: 'potential_score', type: 'decimal', precision: 5, scale: 2, isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.changeColumn(
      'employee',
      'potential_score',
      new TableColumn({ name: 'potential_score', type: 'integer', isNullable: true }),
    );
  }
}
