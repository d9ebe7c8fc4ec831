import { DateScalar } from '@asn/common';
import { Field, Int, ObjectType } from 'type-graphql';
import { Competency } from '../entities/competency.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';

@ObjectType({ description: 'Dated evidence of a competency: a training completed with a passed post-test.' })
export class TrainingEvidence {
  @Field(() => Competency, { description: 'The competency the training develops.' })
  competency: Competency;

  @Field(() => Int, { description: 'The level the training develops the competency up to.' })
  level: number;

  @Field(() => DateScalar, { description: 'End date of the completed training.' })
  date: string;

  @Field(() => Enrolment, { description: 'The completed enrolment.' })
  enrolment: Enrolment;
}
