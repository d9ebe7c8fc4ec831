import { DateScalar } from '@asn/common';
import { Field, ID, InputType } from 'type-graphql';
import { SessionMode } from '../types/session-mode.enum.js';

@InputType({ description: 'Session search; every given criterion must hold.' })
export class SessionFilter {
  @Field(() => ID, { nullable: true, description: 'Only sessions of this training.' })
  trainingId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only sessions starting on or after this date.' })
  startsFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only sessions starting on or before this date.' })
  startsUntil?: string;

  @Field(() => SessionMode, { nullable: true, description: 'Only this mode.' })
  mode?: SessionMode;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only sessions still open for registration (deadline not passed) with seats left.',
  })
  openOnly?: boolean;
}
