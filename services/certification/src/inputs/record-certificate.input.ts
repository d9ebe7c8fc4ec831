import { DateScalar } from '@asn/common';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A certificate to record for an employee.' })
export class RecordCertificateInput {
  @Field(() => ID, { description: 'The holder.' })
  employeeId: string;

  @Field(() => ID, { description: 'The scheme it was issued under.' })
  schemeId: string;

  @Field(() => String, { description: 'The number printed by the issuer; unique per issuer.' })
  number: string;

  @Field(() => DateScalar, { description: 'Date of issue; not after today.' })
  issuedOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The expiry the issuer printed, after the issue date; omit to compute it from the scheme validity.',
  })
  expiresOn?: string;

  @Field(() => String, { nullable: true, description: 'For BNSP schemes: the LSP that assessed.' })
  lspName?: string;
}
