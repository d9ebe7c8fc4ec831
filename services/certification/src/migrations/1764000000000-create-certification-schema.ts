// The certification subgraph's tables: issuers, schemes with the competencies they certify and the positions that
// require them, certificates, and the agency settings.
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
  new Table({
    name: 'issuer',
    columns: [idColumn(), text('code', 30), text('name', 200), text('kind', 30)],
    indices: [index(['code'], true)],
  }),
  new Table({
    name: 'scheme',
    columns: [
      idColumn(),
      text('code', 40),
      text('name', 200),
      int('issuer_id'),
      int('validity_months', true),
      { name: 'nationally_recognised', type: 'boolean' },
    ],
    indices: [index(['code'], true), index(['issuer_id'])],
    foreignKeys: [references('issuer_id', 'issuer')],
  }),
  new Table({
    name: 'scheme_competency',
    columns: [idColumn(), int('scheme_id'), int('competency_id'), int('level')],
    indices: [index(['scheme_id', 'competency_id'], true), index(['competency_id'])],
    foreignKeys: [references('scheme_id', 'scheme', 'CASCADE')],
  }),
  new Table({
    name: 'scheme_requirement',
    columns: [idColumn(), int('position_id'), int('scheme_id'), int('agency_id')],
    indices: [index(['position_id', 'scheme_id'], true), index(['scheme_id'])],
    foreignKeys: [references('scheme_id', 'scheme', 'CASCADE')],
  }),
  new Table({
    name: 'certificate',
    columns: [
      idColumn(),
      int('employee_id'),
      int('agency_id'),
      int('scheme_id'),
      int('issuer_id'),
      text('number', 100),
      date('issued_on'),
      date('expires_on', true),
      text('lsp_name', 200, true),
      int('renews_id', true),
      date('revoked_on', true),
      text('revocation_reason', 500, true),
      text('verified_by', 100, true),
      date('verified_on', true),
    ],
    indices: [
      index(['issuer_id', 'number'], true),
      index(['agency_id', 'expires_on']),
      index(['renews_id'], true),
      index(['employee_id']),
      index(['scheme_id']),
    ],
    foreignKeys: [
      references('scheme_id', 'scheme'),
      references('issuer_id', 'issuer'),
      references('renews_id', 'certificate'),
    ],
  }),
  new Table({
    name: 'certification_setting',
    columns: [idColumn(), int('agency_id', true), int('expiring_within_days'), text('source', 300)],
    indices: [index(['agency_id'], true)],
  }),
];

export class CreateCertificationSchema1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.createTable(table, false, true, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.dropTable(table.name);
  }
}
