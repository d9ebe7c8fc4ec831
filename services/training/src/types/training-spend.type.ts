import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A unit’s training budget for a year beside what its members’ (sub-units included) granted seats cost.',
})
export class TrainingSpend {
  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => Int, { description: 'The unit’s own budget row for the year, whole rupiah (0 when none is set).' })
  budget: number;

  @Field(() => Int, {
    description:
      'Cost per participant of the approved, attended, completed and failed enrolments whose session ends in the year.',
  })
  committed: number;

  @Field(() => Int, { description: 'Those enrolments.' })
  seats: number;
}
