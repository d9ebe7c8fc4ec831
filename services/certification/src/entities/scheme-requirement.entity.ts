import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Scheme } from './scheme.entity.js';

/** A position (personnel's id) that requires a scheme; the agency that set it, for its administrators. */
@Entity('scheme_requirement')
@Index(['positionId', 'schemeId'], { unique: true })
export class SchemeRequirement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'position_id' })
  positionId: number;

  @Index()
  @Column({ type: 'int', name: 'scheme_id' })
  schemeId: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @ManyToOne(() => Scheme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scheme_id' })
  scheme?: Relation<Scheme>;
}
