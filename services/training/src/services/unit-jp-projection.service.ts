// A unit's JP projection: every member projected through the same loaders, then PNS at risk and PPPK over the cap.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import { PROJECTED_STATUSES } from '../rules/jp.js';
import { EmployeeType } from '../types/employee-type.enum.js';
import type { UnitJpProjection } from '../types/jp-projection.type.js';
import { loadOpenOptions, projectJp } from './jp-projection.service.js';
import { agencyInScope, settingsFor } from './settings.service.js';
import { loadMemberRows } from './unit-jp.service.js';

/** Loads, stage by stage for every member at once, what each member's projection reads (planned seats' trainings and
 *  sessions, this year's plans, their items and those items' trainings and sessions): each member then finds it in
 *  the loaders' caches, so the statements depend neither on the unit's size nor on when each member's reads land. */
async function loadMemberStages(context: Context, memberIds: number[], enrolments: Enrolment[]): Promise<void> {
  const { loaders } = context;
  const year = Number(context.today.slice(0, 4));
  const planned = enrolments.filter((row) => PROJECTED_STATUSES.has(row.status));
  const [, , plans] = await Promise.all([
    loadAll(
      loaders.trainingsById,
      planned.map((row) => row.trainingId),
    ),
    loadAll(
      loaders.sessionsById,
      planned.map((row) => row.sessionId),
    ),
    loadAll(
      loaders.plansByEmployeeYear,
      memberIds.map((employeeId) => ({ employeeId, year })),
    ),
  ]);
  const items = (
    await loadAll(
      loaders.planItemsByPlanId,
      plans.flatMap((plan) => (plan ? [plan.id] : [])),
    )
  ).flat();
  await Promise.all([
    loadAll(
      loaders.trainingsById,
      items.map((item) => item.trainingId),
    ),
    loadAll(
      loaders.sessionsById,
      items.flatMap((item) => (item.sessionId === null ? [] : [item.sessionId])),
    ),
  ]);
}

export async function projectUnitJp(
  context: Context,
  memberIds: number[],
  pppk: ReadonlySet<number>,
): Promise<UnitJpProjection> {
  const [members, settings] = await Promise.all([loadMemberRows(context, memberIds), settingsFor(context)]);
  // Personnel lists only the members of a unit the caller may read, so the caller's agency is the unit's.
  const agencyId = agencyInScope(context) ?? 0;
  await Promise.all([
    loadOpenOptions(context, agencyId),
    loadMemberStages(
      context,
      memberIds,
      members.flatMap((member) => member.enrolments),
    ),
  ]);
  const projections = await Promise.all(
    members.map(({ employeeId, ...rows }) =>
      projectJp(context, {
        employeeId,
        employeeType: pppk.has(employeeId) ? EmployeeType.PPPK : EmployeeType.PNS,
        agencyId,
        ...rows,
      }),
    ),
  );
  const atRisk = projections
    .filter((projection) => (projection.shortfall ?? 0) > 0)
    .sort((a, b) => b.shortfall! - a.shortfall! || Number(a.employee.id) - Number(b.employee.id));
  return {
    year: Number(context.today.slice(0, 4)),
    target: settings.jpTarget,
    cap: settings.pppkJpCap,
    pnsMembers: memberIds.length - pppk.size,
    pppkMembers: pppk.size,
    atRisk,
    overCap: projections.filter((projection) => projection.exceedsCap),
    totalShortfall: atRisk.reduce((sum, projection) => sum + projection.shortfall!, 0),
    suggestedCost: atRisk.reduce((sum, projection) => sum + projection.suggestedCost, 0),
  };
}
