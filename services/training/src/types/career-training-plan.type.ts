import { DateScalar } from '@asn/common';
import { Field, Int, ObjectType } from 'type-graphql';
import { Competency } from '../entities/competency.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';

@ObjectType({ description: 'A training a career move needs, with its next open session.' })
export class CareerTrainingStep {
  @Field(() => Training, { description: 'The training.' })
  training: Training;

  @Field(() => Competency, { nullable: true, description: 'The gap it closes; null for the leadership training.' })
  competency: Competency | null;

  @Field(() => TrainingSession, { nullable: true, description: 'The next session still open for registration.' })
  nextSession: TrainingSession | null;
}

@ObjectType({ description: 'What a career move needs from the training catalog.' })
export class CareerTrainingPlan {
  @Field(() => String, { nullable: true, description: 'Code of the leadership training the target level needs.' })
  leadershipTrainingCode: string | null;

  @Field(() => Boolean, {
    description: 'The employee has completed that leadership training (true when none is needed).',
  })
  leadershipMet: boolean;

  @Field(() => [CareerTrainingStep], {
    description: 'Trainings to take: the leadership training if unmet, then one per gap.',
  })
  steps: CareerTrainingStep[];

  @Field(() => [Competency], { description: 'Gaps no catalog training develops far enough.' })
  uncovered: Competency[];

  @Field(() => Int, { description: 'JP of the trainings to take (each once).' })
  totalJp: number;

  @Field(() => Int, { description: 'Cost of the trainings to take, in rupiah.' })
  totalCost: number;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Latest of the date the experience is met and the end dates of the sessions needed; null while a needed training has no open session.',
  })
  earliestEligibleDate: string | null;
}
