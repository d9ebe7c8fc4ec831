import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A certificate that has been checked against its issuer.' })
export class VerifyCertificateInput {
  @Field(() => ID, { description: 'The certificate checked.' })
  certificateId: string;
}
