import { parseId } from '@asn/common';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Employee } from '../external/employee.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { authorize, can } from '../policy.js';
import { isApplying } from '../rules/evaluation.js';
import { passesPostTest } from '../rules/enrolment-transitions.js';
import { employeeRef } from '../external/employee.js';

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Query(() => Enrolment, {
    nullable: true,
    description: 'One enrolment by id (its employee, their manager, the agency).',
  })
  async enrolment(@Arg('id', () => ID) id: string, @Ctx() { loaders, identity }: Context): Promise<Enrolment | null> {
    const enrolment = await loaders.enrolmentsById.load(parseId(id, 'id'));
    if (enrolment) authorize(identity, 'employee:read', enrolment);
    return enrolment;
  }

  @FieldResolver(() => Employee, { description: 'The participant.' })
  employee(@Root() enrolment: Enrolment): Employee {
    return employeeRef(enrolment.employeeId);
  }

  @FieldResolver(() => TrainingSession, { description: 'The session (angkatan).' })
  async session(@Root() enrolment: Enrolment, @Ctx() { loaders }: Context): Promise<TrainingSession> {
    return (await loaders.sessionsById.load(enrolment.sessionId))!;
  }

  @FieldResolver(() => Training, { description: 'The training.' })
  async training(@Root() enrolment: Enrolment, @Ctx() { loaders }: Context): Promise<Training> {
    return (await loaders.trainingsById.load(enrolment.trainingId))!;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Post-test − pre-test, when both are recorded.' })
  learningGain(@Root() enrolment: Enrolment): number | null {
    return enrolment.preTestScore === null || enrolment.postTestScore === null
      ? null
      : enrolment.postTestScore - enrolment.preTestScore;
  }

  @FieldResolver(() => Boolean, {
    description: 'The post-test reached the pass mark in force (the agency’s setting, default 70).',
  })
  async passedPostTest(@Root() enrolment: Enrolment, @Ctx() { loaders }: Context): Promise<boolean> {
    const setting = await loaders.jpSettingsByAgencyId.load(enrolment.agencyId);
    return passesPostTest(enrolment.postTestScore, setting.postTestPassScore) === true;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The participant’s reaction, 1–5 (personal: hidden from API keys without pii:read).',
  })
  reactionRating(@Root() enrolment: Enrolment, @Ctx() { identity }: Context): number | null {
    return can(identity, 'personal:read', enrolment) ? enrolment.reactionRating : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The participant’s comment (personal, as reactionRating).',
  })
  reactionComment(@Root() enrolment: Enrolment, @Ctx() { identity }: Context): string | null {
    return can(identity, 'personal:read', enrolment) ? enrolment.reactionComment : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The manager’s rating, 1–5, of how the trainee applies it (personal, as reactionRating).',
  })
  applicationRating(@Root() enrolment: Enrolment, @Ctx() { identity }: Context): number | null {
    return can(identity, 'personal:read', enrolment) ? enrolment.applicationRating : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Rated as applying it (rating 3 or more); null until rated.',
  })
  applying(@Root() enrolment: Enrolment, @Ctx() { identity }: Context): boolean | null {
    if (enrolment.applicationRating === null || !can(identity, 'personal:read', enrolment)) return null;
    return isApplying(enrolment.applicationRating);
  }
}
