import { DateScalar } from '@asn/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EducationLevel } from '../rules/education.js';
import type {
  FunctionalLevel as FunctionalLevelValue,
  PositionKind as PositionKindValue,
  PositionTrack as PositionTrackValue,
} from '../rules/position-level.js';
import { Education } from '../types/education.enum.js';
import { FunctionalLevel, PositionKind, PositionTrack } from '../types/position-kind.enum.js';

@Directive('@key(fields: "id")')
// Column fields have no middleware: graphql-js reads them itself (simpleResolvers), not through a wrapper per field.
@ObjectType({
  description: 'A position (jabatan) in a unit, with its kind, track, level and entry requirements.',
  simpleResolvers: true,
})
@Entity('position')
export class Position {
  @Field(() => ID, { description: 'Stable identifier of the position.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Index()
  @Column({ type: 'int', name: 'unit_id' })
  unitId: number;

  @Field(() => String, { description: 'Name, e.g. Pranata Komputer Ahli Muda.' })
  @Column({ type: 'varchar', length: 150 })
  name: string;

  @Field(() => PositionKind, { description: 'Kind of jabatan.' })
  @Column({ type: 'varchar', length: 20 })
  kind: PositionKindValue;

  @Field(() => PositionTrack, { description: 'Structural or functional track (follows from the kind).' })
  @Column({ type: 'varchar', length: 12 })
  track: PositionTrackValue;

  @Field(() => FunctionalLevel, { nullable: true, description: 'Level of a jabatan fungsional; null otherwise.' })
  @Column({ type: 'varchar', length: 20, name: 'functional_level', nullable: true })
  functionalLevel: FunctionalLevelValue | null;

  /** Rank 1-17 of the minimum golongan (exposed as `minGolongan`). */
  @Column({ type: 'int', name: 'min_golongan_rank' })
  minGolonganRank: number;

  /** The post's own minimum PPPK grade 1-17; null for the default by JF level (exposed as `minPppkGrade`). */
  @Column({ type: 'int', name: 'min_pppk_grade', nullable: true })
  minPppkGradeOverride: number | null;

  @Field(() => Education, { description: 'Minimum education for the position.' })
  @Column({ type: 'varchar', length: 5, name: 'min_education' })
  minEducation: EducationLevel;

  /** Batas usia pensiun set for this post; null for the default by kind and level (rules/retirement.ts). */
  @Column({ type: 'int', name: 'retirement_age', nullable: true })
  retirementAgeOverride: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was retired: still shown where referenced, no longer offered for new use.',
  })
  @Column({ type: 'date', name: 'retired_on', nullable: true })
  retiredOn: string | null;
}
