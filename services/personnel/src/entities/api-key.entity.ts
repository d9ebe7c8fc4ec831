import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An external system's API key: only its SHA-256 is stored; the key itself is shown once, at creation. */
@Entity('api_key')
@Index(['keyHash'], { unique: true })
export class ApiKey {
  @PrimaryGeneratedColumn()
  id: number;

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

  @Column({ type: 'datetime', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
