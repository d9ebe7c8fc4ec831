import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Agency-configurable values (docs/domain.md, "Agency settings"): the national default has agency_id NULL. */
@Entity('certification_setting')
@Index(['agencyId'], { unique: true })
export class CertificationSetting {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  /** A certificate expiring within this many days shows as EXPIRING. */
  @Column({ type: 'int', name: 'expiring_within_days' })
  expiringWithinDays: number;

  /** Where the value comes from (a regulation, an agency decision). */
  @Column({ type: 'varchar', length: 300 })
  source: string;
}
