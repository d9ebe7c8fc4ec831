import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Training } from './training.entity.js';

@ObjectType({ description: 'A competency a training develops, and up to which level (1–5).' })
@Entity('training_competency')
@Index(['trainingId', 'competencyId'], { unique: true })
export class TrainingCompetency {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'training_id' })
  trainingId: number;

  @Index()
  @Column({ type: 'int', name: 'competency_id' })
  competencyId: number;

  @Field(() => Int, { description: 'The highest level (1–5) the training develops the competency to.' })
  @Column({ type: 'int', name: 'max_level' })
  maxLevel: number;

  @ManyToOne(() => Training, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'training_id' })
  training?: Relation<Training>;
}
