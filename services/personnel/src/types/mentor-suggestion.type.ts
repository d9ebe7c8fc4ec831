import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@asn/common';
import { Competency } from '../entities/competency.entity.js';
import { Employee } from '../entities/employee.entity.js';

@ObjectType({ description: 'A colleague suggested as mentor for a competency, with what the ranking looked at.' })
export class MentorSuggestion {
  @Field(() => Employee, { description: 'The suggested mentor.' })
  mentor: Employee;

  @Field(() => Int, { description: "The mentor's current level of the competency (assessed, not stale)." })
  level: number;

  @Field(() => DateScalar, { description: 'Date of the assessment that level comes from.' })
  assessedOn: string;

  @Field(() => Int, {
    description: "Steps between the mentor's and the mentee's units in the unit tree (0: same unit).",
  })
  unitDistance: number;

  @Field(() => Int, { description: 'Mentorships the mentor runs today as mentor.' })
  activeMentees: number;

  @Field(() => Int, { description: "Mentees the mentor can still take under the agency's limit." })
  freeSlots: number;
}

@ObjectType({ description: 'Mentors suggested for one person and one competency, best first.' })
export class MentorSuggestions {
  @Field(() => Employee, { description: 'The mentee.' })
  mentee: Employee;

  @Field(() => Competency, { description: 'The competency.' })
  competency: Competency;

  @Field(() => Int, { description: "The mentee's current level (0: not assessed)." })
  menteeLevel: number;

  @Field(() => Int, {
    description:
      "The level a mentor must hold: the mentee's required level, or one above their own where the standard is silent.",
  })
  targetLevel: number;

  @Field(() => Int, { description: "The agency's limit of mentees per mentor." })
  menteeLimit: number;

  @Field(() => [MentorSuggestion], {
    description: 'Ranked by level, proximity in the unit tree, free slots, seniority.',
  })
  suggestions: MentorSuggestion[];
}
