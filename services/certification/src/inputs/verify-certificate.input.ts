import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A certificate that has been checked against its issuer.' })
export class VerifyCertificateInput {
  @Field(() => ID, { description: 'The certificate checked.' })
  certificateId: string;
}

@InputType({ description: 'A certificate whose holder is reminded of its expiry.' })
export class RemindCertificateHolderInput {
  @Field(() => ID, { description: 'The certificate.' })
  certificateId: string;
}
