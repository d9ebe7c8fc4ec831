// A person's JP projection for this year, from the rows the caller may read and the agency's open sessions,
// through loaders only, so a unit of 500 costs the statements of a unit of 10.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import type { PastTraining } from '../entities/past-training.entity.js';
import type { Placement } from '../entities/placement.entity.js';
import { employeeRef } from '../external/employee.js';
import { cheapestCover, remainingShortfall } from '../rules/jp-projection.js';
import { EmployeeType } from '../types/employee-type.enum.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { JpProjection, SuggestedSession } from '../types/jp-projection.type.js';
import { jpSummaryOf } from './jp.service.js';

/** A training taken, being taken or asked for is not suggested again. */
const HOLDS_TRAINING = new Set([
  EnrolmentStatus.REQUESTED,
  EnrolmentStatus.APPROVED,
  EnrolmentStatus.ATTENDED,
  EnrolmentStatus.COMPLETED,
]);

export interface ProjectionSubject {
  employeeId: number;
  employeeType: EmployeeType | undefined;
  agencyId: number;
  enrolments: Enrolment[];
  pastTrainings: PastTraining[];
  placements: Placement[];
}

/** The agency's open sessions with their trainings and prerequisites, loaded once: a unit's members then find them
 *  in the loaders' caches whenever each reaches its options, so the statements do not depend on timing. */
export async function loadOpenOptions(context: Context, agencyId: number) {
  const sessions = await context.loaders.openSessionsByAgencyId.load(agencyId);
  const trainingIds = [...new Set(sessions.map((session) => session.trainingId))];
  const [trainings, prerequisites] = await Promise.all([
    loadAll(context.loaders.trainingsById, trainingIds),
    loadAll(context.loaders.prerequisitesByTrainingId, trainingIds),
  ]);
  return { sessions, trainingIds, trainings, prerequisites };
}

/** The open sessions this person could take: one per training (the cheapest, then earliest ending) they do not
 *  hold yet and whose prerequisites they completed. */
async function optionsFor(context: Context, subject: ProjectionSubject): Promise<SuggestedSession[]> {
  const { sessions, trainingIds, trainings, prerequisites } = await loadOpenOptions(context, subject.agencyId);
  const held = new Set(subject.enrolments.filter((e) => HOLDS_TRAINING.has(e.status)).map((e) => e.trainingId));
  const completed = new Set(
    subject.enrolments.filter((e) => e.status === EnrolmentStatus.COMPLETED).map((e) => e.trainingId),
  );
  const options = new Map<number, SuggestedSession>();
  for (const session of sessions) {
    const index = trainingIds.indexOf(session.trainingId);
    const training = trainings[index];
    if (!training || held.has(training.id) || options.has(training.id)) continue;
    if (!prerequisites[index]!.every((row) => completed.has(row.prerequisiteId))) continue;
    options.set(training.id, { session, training, jp: training.jp, cost: training.costPerParticipant });
  }
  return [...options.values()];
}

export async function projectJp(context: Context, subject: ProjectionSubject): Promise<JpProjection> {
  const year = Number(context.today.slice(0, 4));
  const summary = await jpSummaryOf(
    context,
    subject.employeeId,
    subject.employeeType,
    year,
    subject.enrolments,
    subject.pastTrainings,
    subject.placements,
  );
  const base = {
    employee: employeeRef(subject.employeeId),
    year,
    employeeType: summary.employeeType,
    earned: summary.earned,
    pending: summary.projected,
    target: summary.target,
    cap: summary.cap,
    exceedsCap: summary.exceedsCap,
  };
  if (summary.target === null) {
    return { ...base, shortfall: null, suggestedSessions: [], suggestedCost: 0, closable: true };
  }
  const shortfall = remainingShortfall(summary.target, summary.earned, summary.projected);
  const options = shortfall > 0 ? await optionsFor(context, subject) : [];
  const cover = cheapestCover(
    options.map((option) => ({ sessionId: option.session.id, jp: option.jp, cost: option.cost })),
    shortfall,
  );
  const suggested = (cover?.sessionIds ?? []).map((id) => options.find((option) => option.session.id === id)!);
  return { ...base, shortfall, suggestedSessions: suggested, suggestedCost: cover?.cost ?? 0, closable: !!cover };
}
