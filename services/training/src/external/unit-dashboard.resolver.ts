// The agency dashboard's training figure of a unit: what its granted seats cost against its budget (the spend
// service batches it across units). Who will miss the JP target is the unit's JP projection.
import { parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from './unit.js';
import { authorize } from '../policy.js';
import { unitSpend } from '../services/unit-spend.service.js';
import { TrainingSpend } from '../types/training-spend.type.js';

@Resolver(() => Unit)
export class UnitDashboardResolver {
  @Directive('@requires(fields: "memberIds")')
  @FieldResolver(() => TrainingSpend, {
    nullable: true,
    description: 'The unit’s training budget for the year beside what its members’ granted seats in it cost.',
  })
  async trainingSpend(
    @Root() unit: Unit,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Ctx() context: Context,
  ): Promise<TrainingSpend> {
    const unitId = parseId(unit.id, 'id');
    const { budgets, spend } = await unitSpend(context, unitId, (unit.memberIds ?? []).map(Number), [year]);
    // The budget row knows its agency: another agency's administrator is refused even where nothing vouched for it.
    authorize(context.identity, 'unit:read', { unitId, agencyId: budgets[0]?.agencyId });
    return spend[0]!;
  }
}
