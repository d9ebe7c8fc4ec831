import { DateScalar } from '@asn/common';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TrainingForm } from '../types/training-form.enum.js';

@InputType({ description: 'Opens a unit’s training-needs survey for a year.' })
export class OpenNeedsSurveyInput {
  @Field(() => ID, { description: 'The unit (its head or an administrator opens it).' })
  unitId: string;

  @Field(() => Int, { description: 'This year or the next.' })
  year: number;

  @Field(() => DateScalar, { description: 'The last day answers are taken: from today to the end of the year.' })
  closesOn: string;
}

@InputType({ description: 'An answer to a needs survey; answering again replaces one’s earlier answer.' })
export class AnswerNeedsSurveyInput {
  @Field(() => ID, { description: 'The survey.' })
  surveyId: string;

  @Field(() => [ID], { description: 'The competencies proposed: 1 to 5, each once.' })
  competencyIds: string[];

  @Field(() => [TrainingForm], { description: 'The forms of development wanted, each once (may be empty).' })
  forms: TrainingForm[];

  @Field(() => String, { nullable: true, description: 'A free note, at most 1000 characters.' })
  note?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The unit’s head adding the needs they see for the unit, rather than answering for themself.',
  })
  asManager?: boolean | null;
}
