import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An external system's API key: only its SHA-256 is stored; the key itself is shown once, at creation. */
@ObjectType({ description: "An API key of an external system of the administrator's agency (never the key itself)." })
@Entity('api_key')
@Index(['keyHash'], { unique: true })
// The agency's list of keys, newest first.
@Index(['agencyId', 'createdAt'])
export class ApiKey {
  @Field(() => ID, { description: 'Stable identifier of the key (apiKey:<id> in audit logs).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'What the key is for, e.g. SIASN sync.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  /** Comma-separated scopes, e.g. `personnel:read,pii:read`. */
  @Column({ type: 'varchar', length: 200 })
  scopes: string;

  /** SHA-256 of the key, lowercase hex. */
  @Column({ type: 'varchar', length: 64, name: 'key_hash' })
  keyHash: string;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt: Date;

  /** The administrator (user account) who created it; null for keys from before this was kept. */
  @Column({ type: 'int', name: 'created_by_user_id', nullable: true })
  createdByUserId: number | null;

  @Column({ type: 'datetime', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
