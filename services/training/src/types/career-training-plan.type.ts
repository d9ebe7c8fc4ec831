import { DateScalar } from '@asn/common';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { StepStatus } from '../rules/career-training-plan.js';
import { Competency } from '../external/competency.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';

export const CareerTrainingStepStatus = {
  RECOMMENDED: 'RECOMMENDED',
  IN_PROGRESS: 'IN_PROGRESS',
  DONE: 'DONE',
} as const satisfies Record<StepStatus, StepStatus>;

registerEnumType(CareerTrainingStepStatus, {
  name: 'CareerTrainingStepStatus',
  description: 'Whether a training of a career plan is still to take, being taken, or done.',
  valuesConfig: {
    RECOMMENDED: { description: 'To take: its JP and cost count in the plan.' },
    IN_PROGRESS: { description: 'The person is enrolled (requested, approved or attended): not counted again.' },
    DONE: { description: 'The person completed it: not recommended nor counted again.' },
  },
});

@ObjectType({ description: 'A training a career move needs, with its next open session.' })
export class CareerTrainingStep {
  @Field(() => Training, { description: 'The training.' })
  training: Training;

  @Field(() => Competency, { nullable: true, description: 'The gap it closes; null for the leadership training.' })
  competency: Competency | null;

  @Field(() => TrainingSession, { nullable: true, description: 'The next session still open for registration.' })
  nextSession: TrainingSession | null;

  @Field(() => CareerTrainingStepStatus, { description: 'To take, being taken, or done.' })
  status: StepStatus;
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

  @Field(() => Int, { description: 'JP of the trainings to take (each once); done and in-progress ones excluded.' })
  totalJp: number;

  @Field(() => Int, {
    description:
      "JP of the trainings to take that are already in the employee's development plan (this year's or next): part of totalJp.",
  })
  plannedJp: number;

  @Field(() => Int, { description: 'Cost of the trainings to take, in rupiah.' })
  totalCost: number;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Latest of the option's eligibleOn and the end dates of the sessions still needed (an enrolled one's own session); null when eligibleOn is null or a training to take has no open session.",
  })
  earliestEligibleDate: string | null;
}
