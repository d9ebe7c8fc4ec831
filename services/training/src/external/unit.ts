import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { MemberAssessment, MemberRating } from '../types/member-record.type.js';
import { UnitCompetencyGap } from '../types/unit-competency-gap.type.js';

/** Personnel's unit, by key, with the fields training @requires for JP compliance, the needs analysis and the success trend. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A unit (unit kerja) of an agency, in a tree: a unit includes its sub-units.' })
export class Unit {
  @Field(() => ID, { description: 'Stable identifier of the unit.' })
  id: string;

  @Directive('@external')
  @Field(() => [ID], {
    description: 'Ids of the employees of this unit and all its sub-units (admins, the head, API keys, system).',
  })
  memberIds?: string[];

  @Directive('@external')
  @Field(() => [ID], { description: 'Ids of the PPPK among memberIds (the others are PNS).' })
  pppkMemberIds?: string[];

  @Directive('@external')
  @Field(() => [String], {
    nullable: true,
    description:
      'NIPs of memberIds, grouped 8-6-1-3, in the same order (personal: for the SIASN export of the unit’s records).',
  })
  memberNips?: string[] | null;

  @Directive('@external')
  @Field(() => [UnitCompetencyGap], {
    description: "Per competency of the members' standards: members below the required level, and the total deficit.",
  })
  competencyGaps?: UnitCompetencyGap[];

  @Directive('@external')
  @Field(() => [MemberRating], {
    description: 'Performance predikat of every member (sub-units included) in every year rated.',
  })
  memberRatings?: MemberRating[];

  @Directive('@external')
  @Field(() => [MemberAssessment], {
    description: 'Every assessment of every member (sub-units included): the history, never only the latest.',
  })
  memberAssessments?: MemberAssessment[];
}
