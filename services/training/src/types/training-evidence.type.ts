import { DateScalar } from '@asn/common';
import { Field, Int, ObjectType } from 'type-graphql';
import { Competency } from '../external/competency.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { PastTraining } from '../entities/past-training.entity.js';
import { Placement } from '../entities/placement.entity.js';

@ObjectType({
  description:
    'Dated evidence of a competency: a training completed with a passed post-test, a verified past training, or a ' +
    'completed placement.',
})
export class TrainingEvidence {
  @Field(() => Competency, { description: 'The competency the training develops.' })
  competency: Competency;

  @Field(() => Int, { description: 'The level the training develops the competency up to.' })
  level: number;

  @Field(() => DateScalar, { description: 'End date of the completed training.' })
  date: string;

  @Field(() => Enrolment, { nullable: true, description: 'The completed enrolment, when it came through one.' })
  enrolment: Enrolment | null;

  @Field(() => PastTraining, { nullable: true, description: 'The verified past training, when it is one.' })
  pastTraining: PastTraining | null;

  @Field(() => Placement, { nullable: true, description: 'The completed internship or secondment, when it is one.' })
  placement: Placement | null;
}
