// Feeds rules/career-training-plan.ts from loaders: the leadership training by code, whether the employee completed
// it, the catalog trainings of the gap competencies and each one's next open session.
import { loadAll, parseId } from '@asn/common';
import type { Context } from '../context.js';
import type { CareerOption } from '../external/career-option.js';
import type { TrainingSession } from '../entities/training-session.entity.js';
import type { Training } from '../entities/training.entity.js';
import { planCareerTraining, type PlanTraining, type Taken } from '../rules/career-training-plan.js';
import { offeredAsSession } from '../rules/offered-as-session.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { CareerTrainingPlan } from '../types/career-training-plan.type.js';
import { competencyRef } from '../external/competency.js';

function nextOpenSession(sessions: TrainingSession[], today: string): TrainingSession | null {
  return sessions.find((s) => s.registrationDeadline >= today && s.seatsTaken < s.capacity) ?? null;
}

export async function planTrainingForCareer(context: Context, option: CareerOption): Promise<CareerTrainingPlan> {
  const { loaders, today } = context;
  const gaps = (option.gaps ?? []).map((g) => ({
    competencyId: parseId(g.competencyId, 'gaps.competencyId'),
    requiredLevel: g.requiredLevel,
    currentLevel: g.currentLevel,
  }));
  const code = option.leadershipTrainingCode ?? null;
  const employeeId = parseId(option.employeeId, 'employeeId');
  const year = Number(today.slice(0, 4));
  const [links, leadership, enrolments, plans] = await Promise.all([
    loadAll(
      loaders.trainingsByCompetencyId,
      gaps.map((gap) => gap.competencyId),
    ),
    code ? loaders.trainingsByCode.load(code) : null,
    loaders.enrolmentsByEmployeeId.load(employeeId),
    // The plans still ahead: this year's and next year's (a session ending next year lands in next year's plan).
    loadAll(loaders.plansByEmployeeYear, [
      { employeeId, year },
      { employeeId, year: year + 1 },
    ]),
  ]);
  const planItems = await loadAll(
    loaders.planItemsByPlanId,
    plans.flatMap((plan) => (plan ? [plan.id] : [])),
  );
  const planned = new Set(planItems.flat().map((item) => item.trainingId));
  const ids = [...new Set([...links.flat().map((link) => link.trainingId), ...(leadership ? [leadership.id] : [])])];
  const [trainings, competencies, sessions] = await Promise.all([
    loadAll(loaders.trainingsById, ids),
    loadAll(loaders.competenciesByTrainingId, ids),
    loadAll(loaders.sessionsByTrainingId, ids),
  ]);
  const byId = new Map<number, { training: Training; next: TrainingSession | null; plan: PlanTraining }>();
  ids.forEach((id, i) => {
    const training = trainings[i];
    // A degree is studied, not taken as a session: the planner never recommends one.
    if (!training || !offeredAsSession(training)) return;
    const next = nextOpenSession(sessions[i]!, today);
    const plan = {
      ...training,
      competencies: competencies[i]!,
      nextSession: next && { id: next.id, endDate: next.endDate },
    };
    byId.set(id, { training, next, plan });
  });
  const leadershipMet =
    !leadership || enrolments.some((e) => e.trainingId === leadership.id && e.status === EnrolmentStatus.COMPLETED);
  // What the person completed or is still enrolled in (requested, approved, attended), with that session's end.
  const live = enrolments.filter((e) =>
    [EnrolmentStatus.REQUESTED, EnrolmentStatus.APPROVED, EnrolmentStatus.ATTENDED].includes(e.status),
  );
  const liveSessions = await loadAll(
    loaders.sessionsById,
    live.map((e) => e.sessionId),
  );
  const taken = new Map<number, Taken>();
  live.forEach((e, i) => {
    const endDate = liveSessions[i]?.endDate;
    if (endDate) taken.set(e.trainingId, { status: 'IN_PROGRESS', endDate });
  });
  for (const e of enrolments) if (e.status === EnrolmentStatus.COMPLETED) taken.set(e.trainingId, { status: 'DONE' });
  const plan = planCareerTraining({
    gaps,
    leadership: leadership ? byId.get(leadership.id)!.plan : null,
    leadershipMet,
    eligibleOn: option.eligibleOn ?? null,
    taken,
    planned,
    // A leadership training still to take may close gaps too; one already completed is not recommended again.
    catalog: [...byId.values()].map((entry) => entry.plan).filter((t) => !leadershipMet || t.id !== leadership?.id),
  });
  return {
    leadershipTrainingCode: code,
    leadershipMet: plan.leadershipMet,
    steps: plan.steps.map((step) => ({
      training: byId.get(step.training.id)!.training,
      competency: step.competencyId === null ? null : competencyRef(step.competencyId),
      nextSession: byId.get(step.training.id)!.next,
      status: step.status,
    })),
    uncovered: plan.uncovered.map(competencyRef),
    totalJp: plan.totalJp,
    plannedJp: plan.plannedJp,
    totalCost: plan.totalCost,
    earliestEligibleDate: plan.earliestEligibleDate,
  };
}
