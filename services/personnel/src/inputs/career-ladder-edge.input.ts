import { Field, ID, InputType, Int } from 'type-graphql';
import type { EducationLevel } from '../rules/education.js';
import type { GolonganCode } from '../rules/golongan.js';
import { CareerMoveKind, type CareerMoveKindValue } from '../types/career-move-kind.enum.js';
import { Education } from '../types/education.enum.js';
import { Golongan } from '../types/golongan.enum.js';

@InputType({ description: 'A move of the career ladder and its requirements.' })
export class CreateCareerLadderEdgeInput {
  @Field(() => ID, { description: 'Position moved from.' })
  fromPositionId: string;

  @Field(() => ID, { description: 'Position moved to: another position of the same agency.' })
  toPositionId: string;

  @Field(() => CareerMoveKind, { description: 'Vertical, horizontal (same track) or diagonal (across tracks).' })
  kind: CareerMoveKindValue;

  @Field(() => Int, { defaultValue: 0, description: 'Minimum full years in the from-position, 0-40.' })
  minYearsInPosition: number;

  @Field(() => Golongan, { nullable: true, description: "Minimum golongan, if above the to-position's own." })
  minGolongan?: GolonganCode;

  @Field(() => String, {
    nullable: true,
    description: 'Leadership training required: PKN_I, PKN_II, PKA, PKP or LATSAR.',
  })
  leadershipTrainingCode?: string;

  @Field(() => Education, { nullable: true, description: 'Minimum education for the move.' })
  requiredEducation?: EducationLevel;
}

@InputType({ description: 'An edge to remove.' })
export class RemoveCareerLadderEdgeInput {
  @Field(() => ID, { description: 'The edge.' })
  id: string;
}
