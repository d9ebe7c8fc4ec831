import { idColumn } from '@asn/common';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateAccess1764000000003 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'user_account',
        columns: [
          idColumn(),
          { name: 'username', type: 'varchar', length: '100' },
          { name: 'display_name', type: 'varchar', length: '150' },
          { name: 'role', type: 'varchar', length: '10' },
          { name: 'agency_id', type: 'integer' },
          { name: 'employee_id', type: 'integer', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('user_account', new TableIndex({ columnNames: ['username'], isUnique: true }));
    await queryRunner.createTable(
      new Table({
        name: 'api_key',
        columns: [
          idColumn(),
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'agency_id', type: 'integer' },
          { name: 'scopes', type: 'varchar', length: '200' },
          { name: 'key_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime' },
          { name: 'revoked_at', type: 'datetime', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('api_key', new TableIndex({ columnNames: ['key_hash'], isUnique: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['api_key', 'user_account']) await queryRunner.dropTable(table);
  }
}
