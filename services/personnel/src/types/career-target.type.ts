import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@asn/common';

@ObjectType({ description: 'Progress toward a chosen career target, from its career option.' })
export class CareerTargetProgress {
  @Field(() => Int, { description: "Competencies of the target's standard whose current level reaches the required." })
  competenciesMet: number;

  @Field(() => Int, { description: "Competencies in the target's standard." })
  competencyCount: number;

  @Field(() => Int, { description: 'Personnel requirements of the move met today.' })
  requirementsMet: number;

  @Field(() => Int, { description: 'Personnel requirements of the move.' })
  requirementCount: number;

  @Field(() => Boolean, { description: 'Every competency and every personnel requirement met.' })
  complete: boolean;
}

@ObjectType('CareerTarget', {
  description: 'The career option a person chose as their target (one per person, changeable).',
})
export class CareerTargetView {
  @Field(() => DateScalar, { description: 'When it was chosen (the agency’s date).' })
  chosenOn: string;

  /** The employee and target position, for the field resolvers. */
  employeeId: number;
  positionId: number;
}
