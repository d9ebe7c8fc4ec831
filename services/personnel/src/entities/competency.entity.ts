import { DateScalar } from '@asn/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CompetencyType, type CompetencyTypeValue } from '../types/competency-type.enum.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A competency of the dictionary, with a five-level scale.' })
@Entity('competency')
export class Competency {
  @Field(() => ID, { description: 'Stable identifier of the competency.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Short code, unique, e.g. INT or PBJ.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Field(() => String, { description: 'Name, e.g. Integritas.' })
  @Column({ type: 'varchar', length: 150 })
  name: string;

  @Field(() => CompetencyType, { description: 'Managerial, socio-cultural, technical or government.' })
  @Column({ type: 'varchar', length: 20 })
  type: CompetencyTypeValue;

  @Field(() => String, { description: 'What the competency is about.' })
  @Column({ type: 'varchar', length: 500 })
  definition: string;

  /** The agency that keeps it (its own technical competencies); null for the national dictionary. */
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was retired: still shown where referenced, no longer offered for new use.',
  })
  @Column({ type: 'date', name: 'retired_on', nullable: true })
  retiredOn: string | null;
}
