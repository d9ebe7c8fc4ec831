// What the needs survey adds to personnel's Unit: the survey of a year, for its members, its head and
// administrators (members are known from personnel's memberIds, so training needs no roster of its own).
import { parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { NeedsSurvey } from '../entities/needs-survey.entity.js';
import { authorize, can } from '../policy.js';
import { Unit } from './unit.js';

@Resolver(() => Unit)
export class UnitNeedsSurveyResolver {
  @Directive('@requires(fields: "memberIds")')
  @FieldResolver(() => NeedsSurvey, {
    nullable: true,
    description: 'The unit’s training-needs survey of the year; null when none was opened (members, head, admins).',
  })
  async needsSurvey(
    @Root() unit: Unit,
    @Arg('year', () => Int, { description: 'The year the survey asks about.' }) year: number,
    @Ctx() context: Context,
  ): Promise<NeedsSurvey | null> {
    const { identity, loaders } = context;
    const unitId = parseId(unit.id, 'id');
    const memberIds = (unit.memberIds ?? []).map(Number);
    const isMember = identity.kind === 'user' && memberIds.includes(Number(identity.employeeId));
    if (!isMember) authorize(identity, 'unit:read', { unitId });
    const survey = await loaders.needsSurveysByUnitYear.load({ unitId, year });
    if (!survey || !(isMember || can(identity, 'unit:read', { unitId, agencyId: survey.agencyId }))) return null;
    return { ...survey, memberIds };
  }
}
