// The transactional outbox: one row per notification, written in the same transaction, for a mail or messaging
// connector to consume later (it sets dispatched_at). Nothing in this project sends anything.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('outbox')
@Index(['dispatchedAt', 'id'])
export class OutboxMessage {
  @PrimaryGeneratedColumn()
  id: number;

  /** The notification's kind, so a connector can route without parsing the payload. */
  @Column({ type: 'varchar', length: 30 })
  topic: string;

  /** The notification as JSON (its dedupe key, employee, audience, subject, title, date). */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string;

  @Column({ type: 'varchar', length: 30, name: 'dispatched_at', nullable: true })
  dispatchedAt: string | null;
}
