// The agency dashboard's training figures of a unit: who will miss the JP target this year and what its granted
// seats cost against its budget. Both from the member ids personnel sends and batched loaders, so a whole agency's
// units cost the same statements as one.
import { loadAll, parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { employeeRef } from './employee.js';
import { Unit } from './unit.js';
import { authorize, visibleRows } from '../policy.js';
import { computeJp } from '../rules/jp.js';
import { EmployeeType } from '../types/employee-type.enum.js';
import { JpAtRisk } from '../types/jp-at-risk.type.js';
import { TrainingSpend } from '../types/training-spend.type.js';
import { unitMemberActivities } from '../services/unit-jp.service.js';

/** Seats granted, whatever came of them: the cost is spent once the seat is approved. */
const SPENDING = new Set([
  EnrolmentStatus.APPROVED,
  EnrolmentStatus.ATTENDED,
  EnrolmentStatus.COMPLETED,
  EnrolmentStatus.FAILED,
]);

@Resolver(() => Unit)
export class UnitDashboardResolver {
  @Directive('@requires(fields: "memberIds pppkMemberIds")')
  @FieldResolver(() => [JpAtRisk], {
    nullable: true,
    description:
      'PNS members (sub-units included) below the JP target of the year even with every activity still to come in it, most missing first.',
  })
  async jpAtRisk(
    @Root() unit: Unit,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Ctx() context: Context,
  ): Promise<JpAtRisk[]> {
    // Names people with their JP: the unit's head, the administrator and a training:read key read those one by one.
    authorize(context.identity, 'unit:read', { unitId: parseId(unit.id, 'id') });
    const { members, settings } = await unitMemberActivities(context, unit);
    return members
      .filter((member) => !member.isPppk)
      .map((member) => {
        const { earned, projected, target } = computeJp(member.activities, year, EmployeeType.PNS, settings);
        return { employee: employeeRef(member.employeeId), earned, projected, missing: target! - earned - projected };
      })
      .filter((row) => row.missing > 0)
      .sort((a, b) => b.missing - a.missing || Number(a.employee.id) - Number(b.employee.id));
  }

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
