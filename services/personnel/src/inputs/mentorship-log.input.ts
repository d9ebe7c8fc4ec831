import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { MentorshipLogKindValue } from '../rules/mentorship.js';
import { MentorshipLogKind } from '../types/mentorship.enums.js';

@InputType({ description: 'A meeting or note to add to a mentorship log.' })
export class AddMentorshipLogEntryInput {
  @Field(() => ID, { description: 'The mentorship.' })
  mentorshipId: string;

  @Field(() => DateScalar, { description: 'The day: within the mentorship, not after today.' })
  heldOn: string;

  @Field(() => MentorshipLogKind, { description: 'A meeting or a note.' })
  kind: MentorshipLogKindValue;

  @Field(() => String, { description: 'What was discussed or noted (1-1000 characters).' })
  note: string;
}
