import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { MentorshipOutcomeValue } from '../rules/mentorship.js';
import { MentorshipOutcome } from '../types/mentorship.enums.js';

@InputType({ description: 'A mentorship to start.' })
export class StartMentorshipInput {
  @Field(() => ID, { description: 'The mentor: more senior (higher golongan or position level) than the mentee.' })
  mentorId: string;

  @Field(() => ID, { description: 'The mentee, of the same agency.' })
  menteeId: string;

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn: string;

  @Field(() => [ID], { description: '1-5 distinct focus competencies.' })
  focusCompetencyIds: string[];
}

@InputType({ description: 'A mentorship to end.' })
export class EndMentorshipInput {
  @Field(() => ID, { description: 'The mentorship.' })
  id: string;

  @Field(() => DateScalar, { description: 'Last day; not before the first.' })
  endsOn: string;

  @Field(() => MentorshipOutcome, { nullable: true, description: 'How it ended.' })
  outcome?: MentorshipOutcomeValue | null;

  @Field(() => String, { nullable: true, description: 'What the outcome rests on (at most 500 characters).' })
  outcomeNote?: string | null;
}
