// The agency dashboard's training figure of a unit: what its granted seats cost against its budget, from the member
// ids personnel sends and batched loaders, so a whole agency's units cost the same statements as one. (Who will miss
// the JP target is the unit's JP projection.)
import { loadAll, parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { Unit } from './unit.js';
import { authorize, visibleRows } from '../policy.js';
import { TrainingSpend } from '../types/training-spend.type.js';

/** Seats granted, whatever came of them: the cost is spent once the seat is approved. */
const SPENDING = new Set([
  EnrolmentStatus.APPROVED,
  EnrolmentStatus.ATTENDED,
  EnrolmentStatus.COMPLETED,
  EnrolmentStatus.FAILED,
]);

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
    const { loaders, identity } = context;
    const [budget, enrolmentsByMember] = await Promise.all([
      loaders.budgetsByUnitYear.load({ unitId, year }),
      loadAll(loaders.enrolmentsByEmployeeId, (unit.memberIds ?? []).map(Number)),
    ]);
    // The budget row knows its agency: another agency's administrator is refused even where nothing vouched for it.
    authorize(identity, 'unit:read', { unitId, agencyId: budget?.agencyId });
    const granted = visibleRows(identity, enrolmentsByMember.flat()).filter((row) => SPENDING.has(row.status));
    const [sessions, trainings] = await Promise.all([
      loadAll(
        loaders.sessionsById,
        granted.map((row) => row.sessionId),
      ),
      loadAll(
        loaders.trainingsById,
        granted.map((row) => row.trainingId),
      ),
    ]);
    const inYear = granted.flatMap((_, index) =>
      sessions[index]?.endDate.startsWith(`${year}-`) ? [trainings[index]?.costPerParticipant ?? 0] : [],
    );
    return {
      year,
      budget: budget?.amount ?? 0,
      committed: inYear.reduce((sum, cost) => sum + cost, 0),
      seats: inYear.length,
    };
  }
}
