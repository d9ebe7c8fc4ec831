import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EducationLevel } from '../rules/education.js';
import { CareerMoveKind, type CareerMoveKindValue } from '../types/career-move-kind.enum.js';
import { Education } from '../types/education.enum.js';

@ObjectType({ description: "An edge of an agency's career ladder (pola karier): a move and its requirements." })
@Entity('career_ladder_edge')
@Index(['fromPositionId', 'toPositionId'], { unique: true })
export class CareerLadderEdge {
  @Field(() => ID, { description: 'Stable identifier of the edge.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Column({ type: 'int', name: 'from_position_id' })
  fromPositionId: number;

  @Index()
  @Column({ type: 'int', name: 'to_position_id' })
  toPositionId: number;

  @Field(() => CareerMoveKind, { description: 'Vertical, horizontal or diagonal.' })
  @Column({ type: 'varchar', length: 12 })
  kind: CareerMoveKindValue;

  @Field(() => Int, { description: 'Minimum full years in the from-position.' })
  @Column({ type: 'int', name: 'min_years_in_position' })
  minYearsInPosition: number;

  /** Rank 1-17 (exposed as `minGolongan`); null: the to-position's own minimum applies. */
  @Column({ type: 'int', name: 'min_golongan_rank', nullable: true })
  minGolonganRank: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Leadership training required (PKN_I, PKN_II, PKA, PKP, LATSAR), as training.Training.code.',
  })
  @Column({ type: 'varchar', length: 10, name: 'leadership_training_code', nullable: true })
  leadershipTrainingCode: string | null;

  @Field(() => Education, { nullable: true, description: 'Minimum education for the move, when it is stricter.' })
  @Column({ type: 'varchar', length: 5, name: 'required_education', nullable: true })
  requiredEducation: EducationLevel | null;
}
