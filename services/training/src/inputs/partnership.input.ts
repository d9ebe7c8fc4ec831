import { DateScalar } from '@asn/common';
import { Field, ID, InputType, Int } from 'type-graphql';
import type {
  ActivityKind as ActivityValue,
  AgreementKind as AgreementValue,
  PartnerKind as PartnerValue,
} from '../rules/partnership.js';
import { AgreementKind, PartnerKind, PartnershipActivityKind } from '../types/partnership.enums.js';

@InputType({ description: 'A cooperation agreement, as created or edited by an administrator.' })
export class PartnershipInput {
  @Field(() => ID, { nullable: true, description: 'The agreement to edit; omit to create one.' })
  id?: string | null;

  @Field(() => String, { description: 'The partner, at most 200 characters.' })
  partnerName: string;

  @Field(() => PartnerKind, { description: 'University, training institute or other.' })
  partnerKind: PartnerValue;

  @Field(() => ID, { nullable: true, description: 'The catalog provider the partner is, if any.' })
  providerId?: string | null;

  @Field(() => AgreementKind, { description: 'MoU or PKS.' })
  agreementKind: AgreementValue;

  @Field(() => String, { description: 'The document number, at most 100 characters.' })
  documentNumber: string;

  @Field(() => String, { description: 'What the parties agreed to do together, at most 1000 characters.' })
  scope: string;

  @Field(() => DateScalar, { description: 'The day it takes effect.' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'The day it expires; not before the start, at most 10 years after.' })
  endsOn: string;

  @Field(() => String, { description: 'The contact person at the partner, at most 150 characters.' })
  contactName: string;

  @Field(() => String, { nullable: true, description: 'Telephone or e-mail of the contact, at most 150.' })
  contactInfo?: string | null;
}

@InputType({ description: 'Ends an agreement before its end date.' })
export class EndPartnershipInput {
  @Field(() => ID, { description: 'The agreement.' })
  id: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day it holds; today when omitted.' })
  endedOn?: string | null;
}

@InputType({ description: 'Something done under an agreement.' })
export class PartnershipActivityInput {
  @Field(() => ID, { description: 'The agreement.' })
  partnershipId: string;

  @Field(() => PartnershipActivityKind, { description: 'What kind of activity.' })
  kind: ActivityValue;

  @Field(() => String, { description: 'What it was, at most 200 characters.' })
  title: string;

  @Field(() => DateScalar, { description: 'The day it was held; within the agreement, not in the future.' })
  heldOn: string;

  @Field(() => Int, { description: 'Employees who took part or places granted, 1–1000.' })
  participants: number;

  @Field(() => ID, { nullable: true, description: 'The placement (internship) it was, of the same agency.' })
  placementId?: string | null;

  @Field(() => String, { nullable: true, description: 'A note, at most 1000 characters.' })
  note?: string | null;
}
