import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JpmFormula as JpmFormulaValue } from '../rules/jpm.js';
import { JpmFormula } from '../types/jpm-formula.enum.js';

/** An agency (a regional government) and its configurable settings (docs/domain.md, "Agency settings"). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An agency (instansi): a regional government with its own units, positions and settings.' })
@Entity('agency')
export class Agency {
  @Field(() => ID, { description: 'Stable identifier of the agency.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Official name, e.g. Pemerintah Kota Ambon.' })
  @Column({ type: 'varchar', length: 150 })
  name: string;

  @Field(() => String, { description: 'Province the agency is in.' })
  @Column({ type: 'varchar', length: 100 })
  province: string;

  @Field(() => JpmFormula, { description: 'The Job Person Match formula this agency uses.' })
  @Column({ type: 'varchar', length: 10, name: 'jpm_formula' })
  jpmFormula: JpmFormulaValue;

  @Field(() => String, {
    description:
      'IANA time zone of the agency (Asia/Jakarta WIB, Asia/Makassar WITA, Asia/Jayapura WIT): "today" in every rule is the local date here.',
  })
  @Column({ type: 'varchar', length: 64, name: 'time_zone', default: 'Asia/Jakarta' })
  timeZone: string;

  @Field(() => Int, { description: 'Years an assessment stays valid before it is shown as stale (default 3).' })
  @Column({ type: 'int', name: 'assessment_validity_years' })
  assessmentValidityYears: number;

  @Field(() => Int, { description: 'Lowest potential score counted as menengah (default 60).' })
  @Column({ type: 'int', name: 'potential_menengah_from' })
  potentialMenengahFrom: number;

  @Field(() => Int, { description: 'Lowest potential score counted as tinggi (default 80).' })
  @Column({ type: 'int', name: 'potential_tinggi_from' })
  potentialTinggiFrom: number;

  @Field(() => Int, {
    description: 'How many mentees one mentor guides at once before suggestions pass them by (default 3).',
  })
  @Column({ type: 'int', name: 'mentor_mentee_limit', default: 3 })
  mentorMenteeLimit: number;

  @Field(() => Int, {
    description:
      'Years ahead within which the holder of a key position is flagged as close to retirement in the succession view (default 2).',
  })
  @Column({ type: 'int', name: 'retirement_horizon_years', default: 2 })
  retirementHorizonYears: number;
}
