// A unit's training spend per year: its budget rows beside what its members' granted seats cost, from the member ids
// personnel sends and batched loaders, so a whole agency's units and several years cost the statements of one.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { TrainingBudget } from '../entities/training-budget.entity.js';
import { visibleRows } from '../policy.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { TrainingSpend } from '../types/training-spend.type.js';

/** Seats granted, whatever came of them: the cost is spent once the seat is approved. */
const SPENDING = new Set([
  EnrolmentStatus.APPROVED,
  EnrolmentStatus.ATTENDED,
  EnrolmentStatus.COMPLETED,
  EnrolmentStatus.FAILED,
]);

export async function unitSpend(
  context: Context,
  unitId: number,
  memberIds: readonly number[],
  years: readonly number[],
): Promise<{ budgets: (TrainingBudget | null)[]; spend: TrainingSpend[] }> {
  const { loaders, identity } = context;
  const [budgets, enrolmentsByMember] = await Promise.all([
    loadAll(
      loaders.budgetsByUnitYear,
      years.map((year) => ({ unitId, year })),
    ),
    loadAll(loaders.enrolmentsByEmployeeId, [...memberIds]),
  ]);
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
  const spend = years.map((year, index) => {
    const inYear = granted.flatMap((_, seat) =>
      sessions[seat]?.endDate.startsWith(`${year}-`) ? [trainings[seat]?.costPerParticipant ?? 0] : [],
    );
    return {
      year,
      budget: budgets[index]?.amount ?? 0,
      committed: inYear.reduce((sum, cost) => sum + cost, 0),
      seats: inYear.length,
    };
  });
  return { budgets, spend };
}
