// Past and external trainings: an administrator records them as verified evidence, one at a time or from
// a SIASN export; an employee submits their own, pending until an administrator verifies it. Only verified ones
// count toward JP (jp.service) and as competency evidence (evidence.service).
import {
  callerAgency,
  csvRowsInvalid,
  csvUnreadable,
  type Identity,
  intInRange,
  inTransaction,
  isCalendarDate,
  optionalText,
  parseId,
  requiredText,
} from '@asn/common';
import type { Context } from '../context.js';
import { PastTraining } from '../entities/past-training.entity.js';
import { Provider } from '../entities/provider.entity.js';
import { Training } from '../entities/training.entity.js';
import { invalid, invalidTransition, missing } from '../errors.js';
import type { PastTrainingInput } from '../inputs/past-training.input.js';
import { authorize } from '../policy.js';
import { MAX_PAST_TRAINING_JP, MAX_PAST_TRAINING_ROWS, parsePastTrainingCsv } from '../rules/past-training-csv.js';
import { PastTrainingSource } from '../types/past-training-source.enum.js';
import { PastTrainingStatus } from '../types/past-training-status.enum.js';
import { agencyOfRequester } from './enrolment-request.service.js';

type PastTrainingFields = Omit<
  PastTraining,
  'id' | 'status' | 'source' | 'recordedBy' | 'verifiedBy' | 'verifiedOn' | 'rejectionReason'
>;

const userIdOf = (identity: Identity) => (identity.kind === 'user' ? identity.userId : identity.kind);

/** Checks the input and fills in what the catalog training says; throws BAD_USER_INPUT on the first fault. */
async function validate(context: Context, input: PastTrainingInput): Promise<PastTrainingFields> {
  const employeeId = parseId(input.employeeId, 'input.employeeId');
  const trainings = context.dataSource.getRepository(Training);
  // A since-retired catalog training may still be the one taken in an earlier year: history may name it.
  const training = input.trainingId
    ? await trainings.findOneBy({ id: parseId(input.trainingId, 'input.trainingId') })
    : null;
  if (input.trainingId && !training) {
    throw missing('input.trainingId', 'TRAINING_NOT_FOUND');
  }
  const title = training ? training.title : requiredText('input.title', input.title ?? '', 200);
  const form = training?.form ?? input.form;
  const category = training?.category ?? input.category;
  if (!form) throw invalid('input.form', 'REQUIRED_WITHOUT_CATALOG');
  if (!category) throw invalid('input.category', 'REQUIRED_WITHOUT_CATALOG');
  if (!isCalendarDate(input.startDate) || !isCalendarDate(input.endDate) || input.endDate < input.startDate) {
    throw invalid('input.endDate', 'END_BEFORE_START');
  }
  if (input.endDate > context.today) {
    throw invalid('input.endDate', 'PAST_TRAINING_IN_FUTURE');
  }
  const jp = intInRange('input.jp', input.jp, 1, MAX_PAST_TRAINING_JP);
  const providerId = input.providerId ? parseId(input.providerId, 'input.providerId') : null;
  if (providerId !== null && !(await context.dataSource.getRepository(Provider).existsBy({ id: providerId }))) {
    throw missing('input.providerId', 'PROVIDER_NOT_FOUND');
  }
  return {
    employeeId,
    agencyId: agencyOfRequester(context.identity, { employeeId }),
    trainingId: training?.id ?? null,
    title,
    form,
    category,
    startDate: input.startDate,
    endDate: input.endDate,
    jp,
    providerId: providerId ?? training?.providerId ?? null,
    providerName: optionalText('input.providerName', input.providerName, 200),
    certificateNumber: optionalText('input.certificateNumber', input.certificateNumber, 100),
  };
}

async function save(context: Context, row: Omit<PastTraining, 'id'>): Promise<PastTraining> {
  return inTransaction(context.dataSource, (manager) => manager.getRepository(PastTraining).save(row));
}

/** An administrator records it: verified at once, by them. */
export async function recordPastTraining(context: Context, input: PastTrainingInput): Promise<PastTraining> {
  authorize(context.identity, 'employee:verify', { employeeId: parseId(input.employeeId, 'input.employeeId') });
  const fields = await validate(context, input);
  const by = userIdOf(context.identity);
  return save(context, {
    ...fields,
    status: PastTrainingStatus.VERIFIED,
    source: PastTrainingSource.ADMIN,
    recordedBy: by,
    verifiedBy: by,
    verifiedOn: context.today,
    rejectionReason: null,
  });
}

/** The employee submits their own: pending until an administrator verifies it. */
export async function submitPastTraining(context: Context, input: PastTrainingInput): Promise<PastTraining> {
  authorize(context.identity, 'employee:react', { employeeId: parseId(input.employeeId, 'input.employeeId') });
  const fields = await validate(context, input);
  return save(context, {
    ...fields,
    status: PastTrainingStatus.PENDING,
    source: PastTrainingSource.SELF,
    recordedBy: userIdOf(context.identity),
    verifiedBy: null,
    verifiedOn: null,
    rejectionReason: null,
  });
}

/** A pending one, decided by an administrator of its agency (never their own): verified, or rejected with a reason. */
async function decide(
  context: Context,
  pastTrainingId: string,
  to: PastTrainingStatus.VERIFIED | PastTrainingStatus.REJECTED,
  rejectionReason: string | null,
): Promise<PastTraining> {
  const id = parseId(pastTrainingId, 'input.pastTrainingId');
  const row = await context.dataSource.getRepository(PastTraining).findOneBy({ id });
  if (!row) throw missing('input.pastTrainingId', 'PAST_TRAINING_NOT_FOUND');
  authorize(context.identity, 'employee:verify', row);
  if (row.status !== PastTrainingStatus.PENDING) throw invalidTransition('input.pastTrainingId', row.status, to);
  return save(context, {
    ...row,
    status: to,
    verifiedBy: userIdOf(context.identity),
    verifiedOn: context.today,
    rejectionReason,
  });
}

export function verifyPastTraining(context: Context, pastTrainingId: string): Promise<PastTraining> {
  return decide(context, pastTrainingId, PastTrainingStatus.VERIFIED, null);
}

export function rejectPastTraining(context: Context, pastTrainingId: string, reason: string): Promise<PastTraining> {
  const why = requiredText('input.reason', reason, 500);
  return decide(context, pastTrainingId, PastTrainingStatus.REJECTED, why);
}

/** The agency's submitted past trainings waiting for an administrator, oldest first (the order they are handled). */
export function pastTrainingsToVerify(context: Context): Promise<PastTraining[]> {
  const agencyId = callerAgency(context.identity);
  authorize(context.identity, 'employee:verify', { agencyId });
  return context.dataSource
    .getRepository(PastTraining)
    .find({ where: { agencyId: Number(agencyId), status: PastTrainingStatus.PENDING }, order: { id: 'ASC' } });
}

/** One employee's SIASN riwayat kursus: every row good, or nothing written and every bad row reported. */
export async function importPastTrainings(
  context: Context,
  employeeIdText: string,
  csv: string,
  dryRun: boolean,
): Promise<PastTraining[]> {
  const employeeId = parseId(employeeIdText, 'input.employeeId');
  authorize(context.identity, 'employee:verify', { employeeId });
  const parsed = parsePastTrainingCsv(csv, context.today);
  if (!parsed.ok) throw csvUnreadable('input.csv', parsed.reason, MAX_PAST_TRAINING_ROWS);
  if (parsed.problems.length > 0) throw csvRowsInvalid('input.csv', parsed.problems);
  const by = userIdOf(context.identity);
  const agencyId = agencyOfRequester(context.identity, { employeeId });
  const rows = parsed.rows.map(({ line: _line, ...row }) => ({
    ...row,
    employeeId,
    agencyId,
    trainingId: null,
    providerId: null,
    status: PastTrainingStatus.VERIFIED,
    source: PastTrainingSource.SIASN_IMPORT,
    recordedBy: by,
    verifiedBy: by,
    verifiedOn: context.today,
    rejectionReason: null,
  }));
  // Every check is in the parse above, so the preview needs no write: the rows as they would be saved.
  if (dryRun) return rows.map((row) => ({ ...row, id: 0 }));
  return inTransaction(context.dataSource, (manager) => manager.getRepository(PastTraining).save(rows));
}
