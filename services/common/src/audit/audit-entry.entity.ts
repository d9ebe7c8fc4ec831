import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change to a row, recorded in the same transaction as the change. Each subgraph keeps its own. */
@Directive('@shareable')
@ObjectType({ description: 'A change to stored data: who made it, when, and the values before and after.' })
@Entity('audit_log')
@Index(['actorAgencyId', 'id'])
// The sync feeds read one table's entries after a position (migration 1765500000000).
@Index(['entityName', 'id'])
export class AuditEntry {
  @Field(() => ID, { description: 'Identifier of the entry, increasing with time.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'When the change was made, ISO 8601 in UTC.' })
  @Column({ type: 'varchar', length: 30, name: 'occurred_at' })
  occurredAt: string;

  @Field(() => String, { description: 'Who made it: user:<id>, apiKey:<id> or system.' })
  @Column({ type: 'varchar', length: 100 })
  actor: string;

  @Column({ type: 'varchar', length: 20, name: 'actor_agency_id', nullable: true })
  actorAgencyId: string | null;

  @Field(() => String, { description: 'INSERT, UPDATE or REMOVE.' })
  @Column({ type: 'varchar', length: 10 })
  action: string;

  @Field(() => String, { description: 'The table that changed.' })
  @Column({ type: 'varchar', length: 60, name: 'entity_name' })
  entityName: string;

  @Field(() => String, { nullable: true, description: 'Identifier of the changed row, when known.' })
  @Column({ type: 'varchar', length: 60, name: 'entity_id', nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true, description: 'The row before the change, as JSON, when known.' })
  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The row (or the values set) after the change, as JSON.' })
  @Column({ type: 'text', nullable: true })
  after: string | null;
}
