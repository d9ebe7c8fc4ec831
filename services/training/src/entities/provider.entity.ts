import { DateScalar } from '@asn/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ProviderKind } from '../types/provider-kind.enum.js';

@ObjectType({
  description: 'An organiser of trainings: BPSDM, LAN, a ministry, a university partner, a professional body.',
})
@Entity('provider')
export class Provider {
  @Field(() => ID, { description: 'Stable identifier of the provider.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Name of the provider.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ProviderKind, { description: 'What kind of organiser it is.' })
  @Column({ type: 'varchar', length: 30 })
  kind: ProviderKind;

  /** The agency that keeps this provider; null for the national list. */
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was retired: still shown where referenced, no longer offered for new use.',
  })
  @Column({ type: 'date', name: 'retired_on', nullable: true })
  retiredOn: string | null;
}
