import { Field, InputType } from 'type-graphql';
import { IssuerKind } from '../types/issuer-kind.enum.js';

@InputType({ description: 'Which schemes to list; every given condition must hold.' })
export class SchemeFilter {
  @Field(() => Boolean, { nullable: true, description: 'Also list retired schemes (administration screens).' })
  includeRetired?: boolean;

  @Field(() => IssuerKind, { nullable: true, description: 'Only schemes of issuers of this kind.' })
  issuerKind?: IssuerKind;

  @Field(() => String, { nullable: true, description: 'Only schemes whose code or name contains this text.' })
  search?: string;
}
