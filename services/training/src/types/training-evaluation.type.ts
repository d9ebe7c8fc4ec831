import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Enrolment } from '../entities/enrolment.entity.js';

@ObjectType({ description: 'Kirkpatrick evaluation of a training or session, over the enrolments the caller may see.' })
export class TrainingEvaluation {
  @Field(() => Int, { description: 'Participants who attended (attended, completed or failed).' })
  participants: number;

  @Field(() => Float, { nullable: true, description: 'Average reaction rating (1–5) of those who gave one.' })
  averageReaction: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average learning gain, post-test − pre-test, of those with both.',
  })
  averageLearningGain: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0–1) of the rated trainees the manager rates as applying it (rating ≥ 3).',
  })
  applyingShare: number | null;

  @Field(() => Int, { description: 'Trainees the manager has rated.' })
  ratedForApplication: number;

  @Field(() => [Enrolment], {
    description: 'Trainees rated as not applying it: candidates for a follow-up training or a mentorship.',
  })
  followUps: Enrolment[];
}
