import { DateScalar } from '@asn/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Provider } from './provider.entity.js';
import { TrainingCategory } from '../types/training-category.enum.js';
import { TrainingForm } from '../types/training-form.enum.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A catalog entry: a training or education programme an employee can take.' })
@Entity('training')
@Index(['code'], { unique: true })
export class Training {
  @Field(() => ID, { description: 'Stable identifier of the training.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Catalog code; the leadership programmes are PKN_I, PKN_II, PKA, PKP, LATSAR.' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field(() => String, { description: 'Title of the training.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { description: 'What the training covers.' })
  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Field(() => TrainingForm, { description: 'Education, classical or non-classical training.' })
  @Column({ type: 'varchar', length: 20 })
  form: TrainingForm;

  @Field(() => TrainingCategory, { description: 'The kind of programme.' })
  @Column({ type: 'varchar', length: 30 })
  category: TrainingCategory;

  @Field(() => Int, { description: 'Jam pelajaran (45 minutes each) credited on completion.' })
  @Column({ type: 'int' })
  jp: number;

  @Field(() => Int, { description: 'Cost per participant in whole rupiah.' })
  @Column({ type: 'int', name: 'cost_per_participant' })
  costPerParticipant: number;

  @Index()
  @Column({ type: 'int', name: 'provider_id' })
  providerId: number;

  /** The agency that keeps this entry; null for national programmes (LAN, ministries) anyone may use. */
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was retired: still shown where referenced, no longer offered for new use.',
  })
  @Column({ type: 'date', name: 'retired_on', nullable: true })
  retiredOn: string | null;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Relation<Provider>;
}
