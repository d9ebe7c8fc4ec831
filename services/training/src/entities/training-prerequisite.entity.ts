import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Training } from './training.entity.js';

/** A training that must be completed before another. */
@Entity('training_prerequisite')
@Index(['trainingId', 'prerequisiteId'], { unique: true })
export class TrainingPrerequisite {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'training_id' })
  trainingId: number;

  @Column({ type: 'int', name: 'prerequisite_id' })
  prerequisiteId: number;

  @ManyToOne(() => Training, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'training_id' })
  training?: Relation<Training>;

  @ManyToOne(() => Training, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prerequisite_id' })
  prerequisite?: Relation<Training>;
}
