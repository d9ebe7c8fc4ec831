import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@asn/common';

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
}
