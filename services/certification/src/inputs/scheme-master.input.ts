import { Field, ID, InputType, Int } from 'type-graphql';
import { IssuerKind } from '../types/issuer-kind.enum.js';

@InputType({ description: 'A competency a scheme certifies, at a level.' })
export class SchemeCompetencyInput {
  @Field(() => ID, { description: 'The competency (personnel’s dictionary).' })
  competencyId: string;

  @Field(() => Int, { description: 'The level (1–5) the certificate attests.' })
  level: number;
}

@InputType({ description: "A certification scheme of the administrator's agency." })
export class SchemeInput {
  @Field(() => ID, { nullable: true, description: 'The scheme to change; absent to add a new one.' })
  id?: string | null;

  @Field(() => String, { description: 'Short code, unique (at most 40 characters).' })
  code: string;

  @Field(() => String, { description: 'Name (at most 200 characters).' })
  name: string;

  @Field(() => ID, { description: 'The issuer.' })
  issuerId: string;

  @Field(() => Int, { nullable: true, description: 'Months a certificate stays valid (1–600); null for lifetime.' })
  validityMonths?: number | null;

  @Field(() => Boolean, { description: 'Whether it is recognised nationally.' })
  nationallyRecognised: boolean;

  @Field(() => [SchemeCompetencyInput], { description: 'Competencies certified, each once.' })
  competencies: SchemeCompetencyInput[];

  @Field(() => [ID], { description: 'Positions of the agency that require it, each once.' })
  requiredForPositionIds: string[];
}

@InputType({ description: 'A scheme to retire.' })
export class RetireSchemeInput {
  @Field(() => ID, { description: 'The scheme.' })
  schemeId: string;
}

@InputType({ description: 'The agency\'s window for "expiring soon".' })
export class SetExpiringWindowInput {
  @Field(() => Int, { description: 'Days before expiry a certificate counts as expiring (1–730).' })
  days: number;
}

@InputType({ description: "A certificate issuer of the administrator's agency (a regional LSP, say)." })
export class IssuerInput {
  @Field(() => ID, { nullable: true, description: 'The issuer to change; absent to add a new one.' })
  id?: string | null;

  @Field(() => String, { description: 'Short code, unique (at most 30 characters).' })
  code: string;

  @Field(() => String, { description: 'Full name (at most 200 characters).' })
  name: string;

  @Field(() => IssuerKind, { description: 'What kind of body it is.' })
  kind: IssuerKind;
}

@InputType({ description: 'An issuer to retire.' })
export class RetireIssuerInput {
  @Field(() => ID, { description: 'The issuer.' })
  issuerId: string;
}
