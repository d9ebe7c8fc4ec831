import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { SessionFilter } from '../inputs/session-filter.input.js';
import { createConnectionType, parseId } from '@asn/common';
import { TrainingEvaluation } from '../types/training-evaluation.type.js';
import { searchSessions } from '../services/session-search.service.js';
import { evaluateEnrolments } from '../services/evaluation.service.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { can, visibleRows } from '../policy.js';

export const TrainingSessionConnection = createConnectionType(TrainingSession, 'TrainingSession', 'session');

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Query(() => TrainingSessionConnection, { description: 'Sessions (public), earliest start first.' })
  sessions(
    @Ctx() context: Context,
    @Arg('filter', () => SessionFilter, { nullable: true }) filter: SessionFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string,
  ) {
    return searchSessions(context, filter ?? {}, first, after);
  }

  @Query(() => TrainingSession, { nullable: true, description: 'One session by id (public).' })
  session(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<TrainingSession | null> {
    return loaders.sessionsById.load(parseId(id, 'id'));
  }

  @FieldResolver(() => Training, { description: 'The training this is a session of.' })
  async training(@Root() session: TrainingSession, @Ctx() { loaders }: Context): Promise<Training> {
    return (await loaders.trainingsById.load(session.trainingId))!;
  }

  @FieldResolver(() => Int, { description: 'Seats not held by a live enrolment.' })
  seatsLeft(@Root() session: TrainingSession): number {
    return Math.max(0, session.capacity - session.seatsTaken);
  }

  @FieldResolver(() => Boolean, { description: 'Registration is open today and seats are left.' })
  isOpen(@Root() session: TrainingSession, @Ctx() { today }: Context): boolean {
    return today <= session.registrationDeadline && session.seatsTaken < session.capacity;
  }

  @FieldResolver(() => TrainingEvaluation, {
    nullable: true,
    description: 'Reaction, learning and application figures over the enrolments you may see (signed-in callers).',
  })
  async evaluation(@Root() session: TrainingSession, @Ctx() context: Context): Promise<TrainingEvaluation> {
    return evaluateEnrolments(context, await context.loaders.enrolmentsBySessionId.load(session.id));
  }

  @FieldResolver(() => [Enrolment], {
    description:
      "The session's roster, oldest request first: the enrolments you may read (an administrator: their agency's people; a manager: their people's; anonymous: none).",
  })
  async enrolments(@Root() session: TrainingSession, @Ctx() { loaders, identity }: Context): Promise<Enrolment[]> {
    return visibleRows(identity, await loaders.enrolmentsBySessionId.load(session.id));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may change or cancel it: the administrator of the agency that runs it.',
  })
  isEditable(@Root() session: TrainingSession, @Ctx() { identity }: Context): boolean {
    return can(identity, 'catalog:keep', session);
  }
}
