import { DateScalar } from '@asn/common';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A certificate to revoke, and why.' })
export class RevokeCertificateInput {
  @Field(() => ID, { description: 'The certificate revoked.' })
  certificateId: string;

  @Field(() => String, { description: 'Why it is revoked (1-500 characters).' })
  reason: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was revoked; not after today, not before its issue date. Default: today.',
  })
  revokedOn?: string;
}
