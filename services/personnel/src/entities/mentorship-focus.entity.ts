import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A focus competency of a mentorship. */
@Entity('mentorship_focus')
@Index(['mentorshipId', 'competencyId'], { unique: true })
export class MentorshipFocus {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'mentorship_id' })
  mentorshipId: number;

  @Column({ type: 'int', name: 'competency_id' })
  competencyId: number;
}
