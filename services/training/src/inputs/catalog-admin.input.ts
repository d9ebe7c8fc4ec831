import { DateScalar } from '@asn/common';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SessionMode } from '../types/session-mode.enum.js';

/** The fields a session's form sets, whether it adds a session or changes one. */
@InputType('TrainingSessionFields', { description: 'The fields of a session (angkatan) its form sets.' })
export class TrainingSessionFields {
  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => DateScalar, { description: 'First day.' })
  startDate: string;

  @Field(() => DateScalar, { description: 'Last day (not before the first).' })
  endDate: string;

  @Field(() => SessionMode, { description: 'Online, offline or blended.' })
  mode: SessionMode;

  @Field(() => String, { description: 'Where.' })
  location: string;

  @Field(() => Int, { description: 'Seats (1 or more).' })
  capacity: number;

  @Field(() => DateScalar, { description: 'Last day to request a seat (not after the first day).' })
  registrationDeadline: string;
}

@InputType({ description: 'A new session (angkatan) of a catalog training.' })
export class CreateTrainingSessionInput extends TrainingSessionFields {
  @Field(() => ID, { description: 'The training.' })
  trainingId: string;

  @Field(() => String, { description: 'Name, e.g. "Angkatan II 2026".' })
  declare name: string;
}

@InputType({ description: 'Set a unit’s training budget for a year.' })
export class SetTrainingBudgetInput {
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => Int, { description: 'Amount in whole rupiah (0 or more).' })
  amount: number;
}

@InputType({ description: 'New values for a session of the administrator’s agency (all of them, as on the form).' })
export class UpdateTrainingSessionInput extends TrainingSessionFields {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field(() => Int, { description: 'Seats: at least 1 and not fewer than the seats already taken.' })
  declare capacity: number;
}

@InputType({ description: 'Cancel a session that has not been held.' })
export class CancelTrainingSessionInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field(() => String, { description: 'Why (told to everyone whose request or seat is cancelled).' })
  reason: string;
}
