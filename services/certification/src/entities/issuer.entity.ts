import { DateScalar } from '@asn/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { IssuerKind } from '../types/issuer-kind.enum.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A body that issues certificates: BNSP, LKPP, LAN, a ministry or a professional body.' })
@Entity('issuer')
@Index(['code'], { unique: true })
export class Issuer {
  @Field(() => ID, { description: 'Stable identifier of the issuer.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Short code, e.g. LKPP.' })
  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Field(() => String, { description: 'Full name, e.g. Badan Nasional Sertifikasi Profesi.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => IssuerKind, { description: 'What kind of body it is.' })
  @Column({ type: 'varchar', length: 30 })
  kind: IssuerKind;

  /** The agency that keeps it (a regional LSP, say); null for national bodies. */
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was retired: its schemes and certificates stay readable, no new scheme names it.',
  })
  @Column({ type: 'date', name: 'retired_on', nullable: true })
  retiredOn: string | null;
}
