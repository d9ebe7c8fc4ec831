import { Field, Int, ObjectType } from 'type-graphql';
import { Competency } from '../entities/competency.entity.js';

@ObjectType({
  description:
    "A focus competency the mentor does not hold at the mentee's target level (assessed, not stale): a warning, not a refusal.",
})
export class MentorLevelWarning {
  @Field(() => Competency, { description: 'The focus competency.' })
  competency: Competency;

  @Field(() => Int, { description: "The mentor's current level (0: not assessed or stale)." })
  mentorLevel: number;

  @Field(() => Int, { description: 'The level the mentee aims at.' })
  targetLevel: number;
}
