// Writing development plans: create, add and remove trainings while the plan is editable, submit, approve or
// return. Every write checks who may (policy.ts) and the plan's status (rules/plan-transitions.ts) before it writes.
import { freeText, parseId } from '@asn/common';
import { In } from 'typeorm';
import type { Context } from '../context.js';
import { auditedWrite, inTransaction } from '@asn/common';
import { DevelopmentPlanItem } from '../entities/development-plan-item.entity.js';
import { DevelopmentPlan } from '../entities/development-plan.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { invalid, invalidTransition, missing } from '../errors.js';
import type { PlanItemInput } from '../inputs/development-plan.input.js';
import { authorize, type Action } from '../policy.js';
import { countsInPlanYear } from '../rules/jp.js';
import { canMovePlan, isPlanEditable } from '../rules/plan-transitions.js';
import { PlanStatus } from '../types/plan-status.enum.js';
import { agencyOfRequester } from './enrolment-request.service.js';
import { assertTrainingsInUse } from './training-in-use.service.js';

export function assertPlanTransition(from: PlanStatus, to: PlanStatus): void {
  if (!canMovePlan(from, to)) throw invalidTransition('input.planId', from, to);
}

/** Adding or removing items: refused once the plan is submitted or approved. */
export function assertPlanEditable(status: PlanStatus): void {
  if (!isPlanEditable(status)) throw invalidTransition('input.planId', status, 'EDITED');
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw invalid('input.year', 'YEAR_INVALID');
  }
}

async function loadPlan({ dataSource }: Context, planId: number): Promise<DevelopmentPlan> {
  const plan = await dataSource.getRepository(DevelopmentPlan).findOneBy({ id: planId });
  if (!plan) throw missing('input.planId', 'PLAN_NOT_FOUND');
  return plan;
}

export async function createDevelopmentPlan(
  context: Context,
  employeeId: number,
  year: number,
): Promise<DevelopmentPlan> {
  authorize(context.identity, 'employee:request', { employeeId });
  assertYear(year);
  const plans = context.dataSource.getRepository(DevelopmentPlan);
  if (await plans.existsBy({ employeeId, year })) {
    throw invalid('input.year', 'PLAN_EXISTS', { year });
  }
  return inTransaction(context.dataSource, (manager) =>
    manager.getRepository(DevelopmentPlan).save({
      employeeId,
      year,
      agencyId: agencyOfRequester(context.identity, { employeeId }),
      status: PlanStatus.DRAFT,
      managerNote: null,
    }),
  );
}

interface PlanItem {
  trainingId: number;
  sessionId: number | null;
}

/** Parses every item and checks it refers to a training, and a session of that training ending in the plan's year,
 *  before anything is written. */
async function validateItems({ dataSource }: Context, input: PlanItemInput[], year: number): Promise<PlanItem[]> {
  const items = input.map((item, index): PlanItem => ({
    trainingId: parseId(item.trainingId, `input.items.${index}.trainingId`),
    sessionId: item.sessionId ? parseId(item.sessionId, `input.items.${index}.sessionId`) : null,
  }));
  const trainingIds = items.map((item) => item.trainingId);
  const sessionIds = items.flatMap((item) => (item.sessionId ? [item.sessionId] : []));
  const [trainings, sessions] = await Promise.all([
    dataSource.getRepository(Training).findBy({ id: In(trainingIds) }),
    sessionIds.length ? dataSource.getRepository(TrainingSession).findBy({ id: In(sessionIds) }) : [],
  ]);
  items.forEach((item, index) => {
    const training = trainings.find((row) => row.id === item.trainingId);
    if (!training) {
      throw missing(`input.items.${index}.trainingId`, 'TRAINING_NOT_FOUND');
    }
    const session = item.sessionId ? sessions.find((s) => s.id === item.sessionId) : undefined;
    if (item.sessionId && session?.trainingId !== item.trainingId) {
      throw invalid(`input.items.${index}.sessionId`, 'SESSION_NOT_OF_TRAINING');
    }
    if (session && !countsInPlanYear(session.endDate, year)) {
      const { endDate } = session;
      const endYear = Number(endDate.slice(0, 4));
      throw invalid(
        `input.items.${index}.sessionId`,
        'SESSION_IN_OTHER_YEAR',
        { endDate, year: endYear, planYear: year },
        { endDate, year: endYear },
      );
    }
  });
  // A retired training (or one of a retired provider) stays on the plans that hold it, but is not planned anew.
  await assertTrainingsInUse(
    dataSource,
    items.map((item, index) => ({
      training: trainings.find((row) => row.id === item.trainingId)!,
      field: `input.items.${index}.trainingId`,
    })),
  );
  return items;
}

export async function addTrainingsToPlan(
  context: Context,
  employeeId: number,
  year: number,
  input: PlanItemInput[],
): Promise<DevelopmentPlan> {
  authorize(context.identity, 'employee:request', { employeeId });
  assertYear(year);
  const existing = await context.dataSource.getRepository(DevelopmentPlan).findOneBy({ employeeId, year });
  if (existing) {
    authorize(context.identity, 'employee:request', existing);
    assertPlanEditable(existing.status);
  }
  const items = await validateItems(context, input, year);
  return inTransaction(context.dataSource, async (manager) => {
    const plans = manager.getRepository(DevelopmentPlan);
    const plan =
      existing ??
      (await plans.save(
        plans.create({
          employeeId,
          year,
          agencyId: agencyOfRequester(context.identity, { employeeId }),
          status: PlanStatus.DRAFT,
          managerNote: null,
        }),
      ));
    const itemRepository = manager.getRepository(DevelopmentPlanItem);
    const current = await itemRepository.findBy({ planId: plan.id });
    for (const item of items) {
      const { trainingId, sessionId } = item;
      const same = current.find((row) => row.trainingId === trainingId);
      if (same)
        await auditedWrite(manager, DevelopmentPlanItem, { id: same.id }, () =>
          itemRepository.update({ id: same.id }, { sessionId }),
        );
      else current.push(await itemRepository.save(itemRepository.create({ planId: plan.id, trainingId, sessionId })));
    }
    return plan;
  });
}

export async function removeTrainingFromPlan(
  context: Context,
  planId: number,
  trainingId: number,
): Promise<DevelopmentPlan> {
  const plan = await loadPlan(context, planId);
  authorize(context.identity, 'employee:request', plan);
  assertPlanEditable(plan.status);
  const items = context.dataSource.getRepository(DevelopmentPlanItem);
  if (!(await items.existsBy({ planId, trainingId }))) {
    throw missing('input.trainingId', 'TRAINING_NOT_IN_PLAN');
  }
  await inTransaction(context.dataSource, (manager) =>
    auditedWrite(manager, DevelopmentPlanItem, { planId, trainingId }, () =>
      manager.getRepository(DevelopmentPlanItem).delete({ planId, trainingId }),
    ),
  );
  return plan;
}

/** submit (the employee, or on their behalf), approve and return (the manager or administrator). */
export async function movePlan(
  context: Context,
  planId: number,
  to: PlanStatus,
  note?: string,
): Promise<DevelopmentPlan> {
  const plan = await loadPlan(context, planId);
  const action: Action = to === PlanStatus.SUBMITTED ? 'employee:request' : 'employee:decide';
  authorize(context.identity, action, plan);
  assertPlanTransition(plan.status, to);
  if (
    to === PlanStatus.SUBMITTED &&
    !(await context.dataSource.getRepository(DevelopmentPlanItem).existsBy({ planId }))
  ) {
    throw invalid('input.planId', 'PLAN_EMPTY');
  }
  const managerNote = freeText(note, 'input.note', { maxLength: 500 });
  const changes = { status: to, ...(to !== PlanStatus.SUBMITTED && { managerNote }) };
  await inTransaction(context.dataSource, async (manager) => {
    const where = { id: plan.id, status: plan.status };
    const result = await auditedWrite(manager, DevelopmentPlan, where, () =>
      manager.createQueryBuilder().update(DevelopmentPlan).set(changes).where(where).execute(),
    );
    if (!result.affected) throw invalidTransition('input.planId', plan.status, to);
  });
  return Object.assign(plan, changes);
}
