// One notification in a person's in-app feed. Each subgraph that owns events keeps its own `notification` table
// (created by its own migration through createNotificationTables), so no table is shared across subgraphs.
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from './notification-kind.enum.js';

/** Who reads it: the employee it names (SELF), or whoever manages that employee (APPROVER). */
export type NotificationAudience = 'SELF' | 'APPROVER';

@Directive('@shareable')
@ObjectType({ description: 'A notification in a person’s feed; each subgraph keeps those of its own events.' })
@Entity('notification')
@Index(['employeeId', 'audience', 'id'])
@Index(['dedupeKey'], { unique: true })
export class Notification {
  @Field(() => ID, { description: 'Identifier within the subgraph that wrote it (see `source`).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'The subgraph that wrote it (training, certification): where to mark it read.' })
  @Column({ type: 'varchar', length: 20 })
  source: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  @Column({ type: 'varchar', length: 30 })
  kind: NotificationKind;

  @Field(() => ID, { description: 'The employee it is about (the recipient, or the requester for APPROVAL_WAITING).' })
  @Column({ type: 'int', name: 'employee_id' })
  employeeId: number;

  @Column({ type: 'varchar', length: 10 })
  audience: NotificationAudience;

  @Field(() => ID, { description: 'The thing it links to: an enrolment, a certificate, a session.' })
  @Column({ type: 'int', name: 'subject_id' })
  subjectId: number;

  @Field(() => Int, { nullable: true, description: 'The threshold crossed (days before expiry, JP short); else null.' })
  @Column({ type: 'int', nullable: true })
  threshold: number | null;

  @Field(() => String, { description: 'What to show: the training or scheme title at the time of the event.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: 'The date that matters (expiry, session start), if any.' })
  @Column({ type: 'varchar', length: 10, name: 'due_on', nullable: true })
  dueOn: string | null;

  /** One per employee + kind + subject + threshold: a second sweep or a replayed event writes nothing. */
  @Column({ type: 'varchar', length: 120, name: 'dedupe_key' })
  dedupeKey: string;

  @Field(() => String, { description: 'When it was written, ISO 8601 in UTC.' })
  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the reader marked it read, ISO 8601 in UTC; null if unread.',
  })
  @Column({ type: 'varchar', length: 30, name: 'read_at', nullable: true })
  readAt: string | null;
}
