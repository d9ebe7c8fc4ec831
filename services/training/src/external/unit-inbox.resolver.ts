// What waits for the caller's decision in a unit (sub-units included): its members' seat requests and the plans
// they submitted. The manager's inbox reads these two fields instead of every member's enrolments and plans, which
// the gateway's cost limit refuses for a large unit. Only rows the caller may decide on are listed (never their own).
import { loadAll, parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { DevelopmentPlan } from '../entities/development-plan.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { Unit } from './unit.js';
import { invalid } from '../errors.js';
import { authorize, can } from '../policy.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { PlanStatus } from '../types/plan-status.enum.js';

/** Years one inbox request may ask plans for: this year and the next are what a manager decides on. */
const MAX_YEARS = 3;

@Resolver(() => Unit)
export class UnitInboxResolver {
  @Directive('@requires(fields: "memberIds")')
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description:
      'Seat requests of the unit’s members (sub-units included) waiting for the caller’s decision, oldest request first.',
  })
  async pendingEnrolments(@Root() unit: Unit, @Ctx() context: Context): Promise<Enrolment[]> {
    authorize(context.identity, 'unit:read', { unitId: parseId(unit.id, 'id') });
    const memberIds = (unit.memberIds ?? []).map(Number);
    const rows = (await loadAll(context.loaders.enrolmentsByEmployeeId, memberIds)).flat();
    return rows
      .filter((row) => row.status === EnrolmentStatus.REQUESTED && can(context.identity, 'employee:decide', row))
      .sort((a, b) => a.requestedOn.localeCompare(b.requestedOn) || a.id - b.id);
  }

  @Directive('@requires(fields: "memberIds")')
  @FieldResolver(() => [DevelopmentPlan], {
    nullable: true,
    description:
      'Development plans of the given years that the unit’s members (sub-units included) submitted and that wait for the caller’s decision.',
  })
  async submittedPlans(
    @Root() unit: Unit,
    @Arg('years', () => [Int], { description: 'The calendar years, 1 to 3 of them.' }) years: number[],
    @Ctx() context: Context,
  ): Promise<DevelopmentPlan[]> {
    authorize(context.identity, 'unit:read', { unitId: parseId(unit.id, 'id') });
    if (years.length < 1 || years.length > MAX_YEARS) {
      throw invalid('years', 'YEARS_OUT_OF_RANGE', { max: MAX_YEARS });
    }
    const memberIds = (unit.memberIds ?? []).map(Number);
    const keys = memberIds.flatMap((employeeId) => [...new Set(years)].map((year) => ({ employeeId, year })));
    const plans = await loadAll(context.loaders.plansByEmployeeYear, keys);
    return plans.filter(
      (plan): plan is DevelopmentPlan =>
        plan !== null && plan.status === PlanStatus.SUBMITTED && can(context.identity, 'employee:decide', plan),
    );
  }
}
