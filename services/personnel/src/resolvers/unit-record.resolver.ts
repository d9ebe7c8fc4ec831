// The members' rating and assessment histories of a unit (sub-units included), for training's Unit.successTrend,
// which @requires them to tell whether ratings rose and levels grew after a training. Personal data: the unit's
// head, its agency's administrator, or an API key with pii:read. One batched load per table for every unit.
import { loadAll } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../entities/unit.entity.js';
import { authorize } from '../policy.js';
import { MemberAssessment, MemberRating } from '../types/member-record.type.js';

async function membersOf({ loaders, identity }: Context, unit: Unit): Promise<number[]> {
  authorize(identity, { action: 'unit.readPersonal', unitId: unit.id, agencyId: unit.agencyId });
  return loaders.memberIdsByUnitId.load(unit.id);
}

@Resolver(() => Unit)
export class UnitRecordResolver {
  @FieldResolver(() => [MemberRating], {
    description: 'Performance predikat of every member (sub-units included) in every year rated.',
  })
  async memberRatings(@Root() unit: Unit, @Ctx() context: Context): Promise<MemberRating[]> {
    const ids = await membersOf(context, unit);
    const ratings = await loadAll(context.loaders.ratingsByEmployeeId, ids);
    return ratings.flat().map(({ employeeId, year, predikat }) => ({ employeeId: String(employeeId), year, predikat }));
  }

  @FieldResolver(() => [MemberAssessment], {
    description: 'Every assessment of every member (sub-units included): the history, never only the latest.',
  })
  async memberAssessments(@Root() unit: Unit, @Ctx() context: Context): Promise<MemberAssessment[]> {
    const ids = await membersOf(context, unit);
    const facts = await loadAll(context.loaders.assessmentFactsByEmployeeId, ids);
    return facts.flat().map((fact) => ({
      employeeId: String(fact.employeeId),
      competencyId: String(fact.competencyId),
      level: fact.level,
      source: fact.source,
      assessedOn: fact.assessedOn,
    }));
  }
}
