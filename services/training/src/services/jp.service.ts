// Gathers an employee's activities (completed: credited JP at the end date; planned: the training's JP at the
// session's end date; past trainings and placements likewise) and plan for rules/jp.ts, through loaders only.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { DevelopmentPlanItem } from '../entities/development-plan-item.entity.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import type { PastTraining } from '../entities/past-training.entity.js';
import type { Placement } from '../entities/placement.entity.js';
import { PastTrainingStatus } from '../types/past-training-status.enum.js';
import { computeJp, countsInPlanYear, PROJECTED_STATUSES, type JpActivity } from '../rules/jp.js';
import { EmployeeType } from '../types/employee-type.enum.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { JpSummary } from '../types/jp-summary.type.js';
import { settingsFor } from './settings.service.js';

/** Verified past trainings count as completed activities in the year of their end date; pending ones do not. */
export function pastActivities(pastTrainings: PastTraining[]): JpActivity[] {
  return pastTrainings
    .filter((row) => row.status === PastTrainingStatus.VERIFIED)
    .map((row) => ({ status: EnrolmentStatus.COMPLETED, jp: row.jp, endDate: row.endDate }));
}

/** A completed placement counts its JP in the year of its end date; an approved one shows them as projected. */
export function placementActivities(placements: Placement[]): JpActivity[] {
  return placements.flatMap((row): JpActivity[] => {
    if (row.status === 'COMPLETED') return [{ status: EnrolmentStatus.COMPLETED, jp: row.jp, endDate: row.endsOn }];
    if (row.status === 'APPROVED') return [{ status: EnrolmentStatus.APPROVED, jp: row.jp, endDate: row.endsOn }];
    return [];
  });
}

export async function activitiesOf(
  { loaders }: Context,
  enrolments: Enrolment[],
  pastTrainings: PastTraining[] = [],
  placements: Placement[] = [],
): Promise<JpActivity[]> {
  const planned = enrolments.filter((e) => PROJECTED_STATUSES.has(e.status));
  const [trainings, sessions] = await Promise.all([
    loadAll(
      loaders.trainingsById,
      planned.map((e) => e.trainingId),
    ),
    loadAll(
      loaders.sessionsById,
      planned.map((e) => e.sessionId),
    ),
  ]);
  const completed = enrolments
    .filter((e) => e.status === EnrolmentStatus.COMPLETED)
    .map((e) => ({ status: e.status, jp: e.jpCredited ?? 0, endDate: e.completedOn! }));
  return [
    ...completed,
    ...pastActivities(pastTrainings),
    ...placementActivities(placements),
    ...planned.map((e, i) => ({ status: e.status, jp: trainings[i]?.jp ?? 0, endDate: sessions[i]?.endDate ?? '' })),
  ];
}

/** JP of a plan's items that count in its year: a session ending in another year brings none (domain.md: JP belong
 *  to the year of the end date), whether written before that rule or not. */
export async function planYearJp(
  { loaders }: Context,
  items: Pick<DevelopmentPlanItem, 'trainingId' | 'sessionId'>[],
  year: number,
): Promise<number> {
  const [trainings, sessions] = await Promise.all([
    loadAll(
      loaders.trainingsById,
      items.map((item) => item.trainingId),
    ),
    loadAll(
      loaders.sessionsById,
      items.flatMap((item) => (item.sessionId === null ? [] : [item.sessionId])),
    ),
  ]);
  const endOf = new Map(sessions.flatMap((session) => (session ? [[session.id, session.endDate] as const] : [])));
  return items.reduce((sum, item, index) => {
    const endDate = item.sessionId === null ? null : (endOf.get(item.sessionId) ?? null);
    return countsInPlanYear(endDate, year) ? sum + (trainings[index]?.jp ?? 0) : sum;
  }, 0);
}

export async function jpSummaryOf(
  context: Context,
  employeeId: number,
  employeeType: EmployeeType | undefined,
  year: number,
  enrolments: Enrolment[],
  pastTrainings: PastTraining[] = [],
  placements: Placement[] = [],
): Promise<JpSummary> {
  const { loaders } = context;
  const [settings, activities, plan] = await Promise.all([
    settingsFor(context, enrolments),
    activitiesOf(context, enrolments, pastTrainings, placements),
    loaders.plansByEmployeeYear.load({ employeeId, year }),
  ]);
  const items = plan ? await loaders.planItemsByPlanId.load(plan.id) : [];
  const planJp = await planYearJp(context, items, year);
  // Personnel always sends the type through @requires; PNS is the safe reading should it ever be missing.
  const type = employeeType ?? EmployeeType.PNS;
  return { ...computeJp(activities, year, type, settings, planJp), employeeType: type, planJp };
}
