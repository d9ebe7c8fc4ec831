// The training subgraph's tables: catalog (providers, trainings, their competencies and prerequisites), sessions,
// enrolments, development plans, budgets and the JP settings.
import { idColumn } from '@asn/common';
import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const int = (name: string, isNullable = false) => ({ name, type: 'integer', isNullable });
const text = (name: string, length: number, isNullable = false) => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const date = (name: string, isNullable = false) => ({ name, type: 'date', isNullable });
const references = (columnName: string, table: string, onDelete = 'RESTRICT') =>
  new TableForeignKey({
    columnNames: [columnName],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete,
    // Spelled out: MariaDB reports an unspecified ON UPDATE as RESTRICT, the entities' default is NO ACTION.
    onUpdate: 'NO ACTION',
  });
const index = (columnNames: string[], isUnique = false) => new TableIndex({ columnNames, isUnique });

const TABLES = [
  new Table({ name: 'provider', columns: [idColumn(), text('name', 200), text('kind', 30)] }),
  new Table({
    name: 'training',
    columns: [
      idColumn(),
      text('code', 40),
      text('title', 200),
      text('description', 1000),
      text('form', 20),
      text('category', 30),
      int('jp'),
      int('cost_per_participant'),
      int('provider_id'),
      int('agency_id', true),
    ],
    indices: [index(['code'], true), index(['provider_id'])],
    foreignKeys: [references('provider_id', 'provider')],
  }),
  new Table({
    name: 'training_competency',
    columns: [idColumn(), int('training_id'), int('competency_id'), int('max_level')],
    indices: [index(['training_id', 'competency_id'], true), index(['competency_id'])],
    foreignKeys: [references('training_id', 'training', 'CASCADE')],
  }),
  new Table({
    name: 'training_prerequisite',
    columns: [idColumn(), int('training_id'), int('prerequisite_id')],
    indices: [index(['training_id', 'prerequisite_id'], true)],
    foreignKeys: [references('training_id', 'training', 'CASCADE'), references('prerequisite_id', 'training')],
  }),
  new Table({
    name: 'training_session',
    columns: [
      idColumn(),
      int('training_id'),
      text('name', 100),
      date('start_date'),
      date('end_date'),
      text('mode', 10),
      text('location', 200),
      int('capacity'),
      { ...int('seats_taken'), default: 0 },
      date('registration_deadline'),
      int('agency_id', true),
    ],
    indices: [index(['training_id']), index(['start_date'])],
    foreignKeys: [references('training_id', 'training')],
  }),
  new Table({
    name: 'enrolment',
    columns: [
      idColumn(),
      int('employee_id'),
      int('session_id'),
      int('live_session_id', true),
      int('training_id'),
      int('agency_id'),
      text('status', 20),
      date('requested_on'),
      int('pre_test_score', true),
      int('post_test_score', true),
      int('reaction_rating', true),
      text('reaction_comment', 1000, true),
      int('application_rating', true),
      date('application_rated_on', true),
      text('follow_up', 30, true),
      int('jp_credited', true),
      date('completed_on', true),
      text('certificate_number', 100, true),
      text('decision_note', 500, true),
    ],
    indices: [
      index(['employee_id']),
      index(['session_id']),
      index(['training_id']),
      index(['employee_id', 'live_session_id'], true),
    ],
    foreignKeys: [references('session_id', 'training_session'), references('training_id', 'training')],
  }),
  new Table({
    name: 'development_plan',
    columns: [
      idColumn(),
      int('employee_id'),
      int('agency_id'),
      int('year'),
      text('status', 20),
      text('manager_note', 500, true),
    ],
    indices: [index(['employee_id', 'year'], true)],
  }),
  new Table({
    name: 'development_plan_item',
    columns: [idColumn(), int('plan_id'), int('training_id'), int('session_id', true)],
    indices: [index(['plan_id', 'training_id'], true)],
    foreignKeys: [
      references('plan_id', 'development_plan', 'CASCADE'),
      references('training_id', 'training'),
      references('session_id', 'training_session'),
    ],
  }),
  new Table({
    name: 'training_budget',
    columns: [idColumn(), int('unit_id'), int('agency_id'), int('year'), int('amount')],
    indices: [index(['unit_id', 'year'], true)],
  }),
  new Table({
    name: 'jp_setting',
    columns: [
      idColumn(),
      int('agency_id', true),
      int('jp_target'),
      int('pppk_jp_cap'),
      int('post_test_pass_score'),
      text('source', 300),
    ],
    indices: [index(['agency_id'], true)],
  }),
];

export class CreateTrainingSchema1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.createTable(table, false, true, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.dropTable(table.name);
  }
}
