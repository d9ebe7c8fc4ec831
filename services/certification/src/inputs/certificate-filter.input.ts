import { Field, ID, InputType, Int } from 'type-graphql';
import { CertificateStatus } from '../types/certificate-status.enum.js';
import type { CertificateStatusValue } from '../rules/certificate-status.js';

@InputType({ description: 'Which certificates to list; every given condition must hold.' })
export class CertificateFilter {
  @Field(() => ID, { nullable: true, description: 'Only this employee’s certificates.' })
  employeeId?: string;

  @Field(() => ID, { nullable: true, description: 'Only certificates of this scheme.' })
  schemeId?: string;

  @Field(() => CertificateStatus, { nullable: true, description: 'Only certificates with this status today.' })
  status?: CertificateStatusValue;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only reminders: certificates neither revoked, expired nor renewed, whose expiry is within this many days (0-3650).',
  })
  expiringWithinDays?: number;
}
