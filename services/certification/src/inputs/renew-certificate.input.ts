import { DateScalar } from '@asn/common';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'The new certificate that renews an existing one (same holder, same scheme).' })
export class RenewCertificateInput {
  @Field(() => ID, { description: 'The certificate being renewed.' })
  certificateId: string;

  @Field(() => String, { description: 'The number of the new certificate; unique per issuer.' })
  number: string;

  @Field(() => DateScalar, {
    description: 'Date of issue of the new certificate; not after today, not before the old one.',
  })
  issuedOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The expiry the issuer printed; omit to compute it from the scheme validity.',
  })
  expiresOn?: string;

  @Field(() => String, { nullable: true, description: 'For BNSP schemes: the LSP that assessed.' })
  lspName?: string;
}
