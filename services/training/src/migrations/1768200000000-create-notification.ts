// This subgraph's notification feed and its transactional outbox (tables spelled once in common's
// notifications/notification-tables.ts, owned here).
import { createNotificationTables, dropNotificationTables } from '@asn/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotification1768200000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await createNotificationTables(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropNotificationTables(queryRunner);
  }
}
