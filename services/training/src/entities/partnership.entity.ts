import { DateScalar } from '@asn/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AgreementKind as AgreementValue, PartnerKind as PartnerValue } from '../rules/partnership.js';
import { AgreementKind, PartnerKind } from '../types/partnership.enums.js';

@ObjectType({
  description:
    'A cooperation agreement (MoU or PKS) of an agency with a university, training institute or other partner.',
})
@Entity('partnership')
export class Partnership {
  @Field(() => ID, { description: 'Stable identifier of the agreement.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int', name: 'agency_id' })
  agencyId: number;

  @Field(() => String, { description: 'The partner, as named in the agreement.' })
  @Column({ type: 'varchar', length: 200, name: 'partner_name' })
  partnerName: string;

  @Field(() => PartnerKind, { description: 'University, training institute or other.' })
  @Column({ type: 'varchar', length: 20, name: 'partner_kind' })
  partnerKind: PartnerValue;

  /** The catalog provider the partner is, when it organises trainings too. */
  @Column({ type: 'int', name: 'provider_id', nullable: true })
  providerId: number | null;

  @Field(() => AgreementKind, { description: 'MoU or PKS.' })
  @Column({ type: 'varchar', length: 4, name: 'agreement_kind' })
  agreementKind: AgreementValue;

  @Field(() => String, { description: 'The document number (nomor naskah).' })
  @Column({ type: 'varchar', length: 100, name: 'document_number' })
  documentNumber: string;

  @Field(() => String, { description: 'What the parties agreed to do together.' })
  @Column({ type: 'varchar', length: 1000 })
  scope: string;

  @Field(() => DateScalar, { description: 'The day it takes effect.' })
  @Column({ type: 'date', name: 'starts_on' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'The day it expires.' })
  @Column({ type: 'date', name: 'ends_on' })
  endsOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was ended before its end date; null if not.' })
  @Column({ type: 'date', name: 'ended_on', nullable: true })
  endedOn: string | null;

  @Field(() => String, { description: 'The contact person at the partner.' })
  @Column({ type: 'varchar', length: 150, name: 'contact_name' })
  contactName: string;

  @Field(() => String, { nullable: true, description: 'How to reach the contact (telephone or e-mail).' })
  @Column({ type: 'varchar', length: 150, name: 'contact_info', nullable: true })
  contactInfo: string | null;
}
