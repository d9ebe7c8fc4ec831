// An administrator's catalog writes: new sessions and unit budgets, each validated before it is written.
import { cleanName, parseId } from '@asn/common';
import type { Context } from '../context.js';
import { TrainingBudget } from '../entities/training-budget.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { invalid, missing } from '../errors.js';
import type { CreateTrainingSessionInput, SetTrainingBudgetInput } from '../inputs/catalog-admin.input.js';
import { authorize } from '../policy.js';
import { agencyOfRequester } from './enrolment-request.service.js';
import { assertTrainingsInUse } from './training-in-use.service.js';
import { saveUnitYearRow } from './unit-year-row.service.js';
import { inTransaction } from '@asn/common';

export async function createTrainingSession(
  context: Context,
  input: CreateTrainingSessionInput,
): Promise<TrainingSession> {
  authorize(context.identity, 'catalog:manage');
  const training = await context.dataSource
    .getRepository(Training)
    .findOneBy({ id: parseId(input.trainingId, 'input.trainingId') });
  if (!training) throw missing('input.trainingId', 'TRAINING_NOT_FOUND');
  authorize(context.identity, 'catalog:manage', { agencyId: training.agencyId });
  await assertTrainingsInUse(context.dataSource, [{ training, field: 'input.trainingId' }]);
  if (input.endDate < input.startDate || input.registrationDeadline > input.startDate) {
    throw invalid('input.endDate', 'SESSION_DATES');
  }
  if (!Number.isInteger(input.capacity) || input.capacity < 1) {
    throw invalid('input.capacity', 'CAPACITY_TOO_SMALL');
  }
  const name = cleanName(input.name, 'input.name', 100);
  const location = cleanName(input.location, 'input.location', 200);
  return inTransaction(context.dataSource, (manager) =>
    manager.getRepository(TrainingSession).save({
      ...input,
      name,
      location,
      trainingId: training.id,
      seatsTaken: 0,
      agencyId: agencyOfRequester(context.identity),
    }),
  );
}

export async function setTrainingBudget(context: Context, input: SetTrainingBudgetInput): Promise<TrainingBudget> {
  const unitId = parseId(input.unitId, 'input.unitId');
  // The unit's agency, as the gateway vouched for it: an administrator budgets their own agency's units only.
  authorize(context.identity, 'catalog:manage', { unitId });
  if (!Number.isInteger(input.amount) || input.amount < 0) {
    throw invalid('input.amount', 'AMOUNT_NEGATIVE');
  }
  return saveUnitYearRow(context, TrainingBudget, unitId, input.year, { amount: input.amount });
}
