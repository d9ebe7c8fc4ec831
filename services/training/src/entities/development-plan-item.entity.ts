import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Training } from './training.entity.js';
import { TrainingSession } from './training-session.entity.js';
import { DevelopmentPlan } from './development-plan.entity.js';

@ObjectType({ description: 'One training in a development plan, optionally in a chosen session.' })
@Entity('development_plan_item')
@Index(['planId', 'trainingId'], { unique: true })
export class DevelopmentPlanItem {
  @Field(() => ID, { description: 'Stable identifier of the item.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', name: 'plan_id' })
  planId: number;

  @Column({ type: 'int', name: 'training_id' })
  trainingId: number;

  @Column({ type: 'int', name: 'session_id', nullable: true })
  sessionId: number | null;

  @ManyToOne(() => DevelopmentPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<DevelopmentPlan>;

  @ManyToOne(() => Training, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'training_id' })
  training?: Relation<Training>;

  @ManyToOne(() => TrainingSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<TrainingSession>;
}
