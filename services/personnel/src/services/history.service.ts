// Records one history entry at a time and keeps the employee's current golongan, post, predikat and education equal to
// the latest entries, in the same transaction (one source of truth: the histories; the employee columns are their
// latest values, kept for the filters, sorting and matrix that read them, and never written apart from a history).
import { assertNotRetired, inTransaction } from '@asn/common';
import { LessThanOrEqual, type EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import { EducationHistory } from '../entities/education-history.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { PerformanceRating } from '../entities/performance-rating.entity.js';
import { PositionHistory } from '../entities/position-history.entity.js';
import { RankHistory } from '../entities/rank-history.entity.js';
import { invalid, parseId } from '../errors.js';
import type {
  RecordEducationInput,
  RecordPerformanceRatingInput,
  RecordPositionInput,
  RecordRankInput,
} from '../inputs/history.input.js';
import { authorize } from '../policy.js';
import { EDUCATION_LEVELS } from '../rules/education.js';
import { golonganRank } from '../rules/golongan.js';
import { deriveFromNumber } from '../rules/ni-pppk.js';
import { rankShortfall } from '../rules/position-rank-minimum.js';

/** The employee a history entry is for, which only an administrator of its agency may write, never their own. */
async function employeeFor(context: Context, employeeId: string): Promise<Employee> {
  const employee = await context.loaders.employeesById.load(parseId(employeeId, 'input.employeeId'));
  if (!employee) throw invalid('input.employeeId', 'EMPLOYEE_NOT_FOUND');
  authorize(context.identity, { action: 'employee.write', agencyId: employee.agencyId });
  // The entries are the golongan, post, predikat and education that decide a standing: not one's own.
  authorize(context.identity, { action: 'employee.decide', employee });
  return employee;
}

function text(value: string, field: string, max: number): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) throw invalid(field, 'NAME_REQUIRED');
  if (trimmed.length > max) throw invalid(field, 'TEXT_TOO_LONG', { max });
  return trimmed;
}

function pastYear(year: number, field: string, today: string, earliest: number): number {
  if (!Number.isInteger(year) || year < earliest) throw invalid(field, 'YEAR_OUT_OF_RANGE', { min: earliest });
  if (year > Number(today.slice(0, 4))) throw invalid(field, 'DATE_IN_FUTURE');
  return year;
}

/** Inside an import: the employee already found and authorized, and the import's one transaction. */
export interface Within {
  employee: Employee;
  manager: EntityManager;
}

function write<T>(context: Context, within: Within | undefined, work: (manager: EntityManager) => Promise<T>) {
  return within ? work(within.manager) : inTransaction(context.dataSource, work);
}

/** Writes the employee's current values from the latest entries and bumps its version (the record changed). */
async function syncEmployee(manager: EntityManager, employee: Employee, values: Partial<Employee>): Promise<void> {
  await manager.getRepository(Employee).update({ id: employee.id }, { ...values, version: () => 'version + 1' });
}

export async function recordPerformanceRating(
  context: Context,
  input: RecordPerformanceRatingInput,
  within?: Within,
): Promise<PerformanceRating> {
  const employee = within?.employee ?? (await employeeFor(context, input.employeeId));
  const birthYear = Number(employee.nip.slice(0, 4));
  const year = pastYear(input.year, 'input.year', context.today, birthYear + 18);
  const ratedBy = text(input.ratedBy, 'input.ratedBy', 150);
  return write(context, within, async (manager) => {
    const ratings = manager.getRepository(PerformanceRating);
    if (await ratings.existsBy({ employeeId: employee.id, year })) {
      throw invalid('input.year', 'HISTORY_ENTRY_EXISTS', { value: year });
    }
    const { identifiers } = await ratings.insert({ employeeId: employee.id, year, predikat: input.predikat, ratedBy });
    const latest = await ratings.findOneOrFail({ where: { employeeId: employee.id }, order: { year: 'DESC' } });
    await syncEmployee(manager, employee, { performancePredikat: latest.predikat });
    return ratings.findOneByOrFail({ id: Number(identifiers[0]!.id) });
  });
}

export async function recordRank(context: Context, input: RecordRankInput, within?: Within): Promise<RankHistory> {
  const employee = within?.employee ?? (await employeeFor(context, input.employeeId));
  // A PNS is granted a golongan, a PPPK a grade: each only for its type.
  const rank =
    employee.employeeType === 'PNS'
      ? input.golongan && input.pppkGrade == null
        ? golonganRank(input.golongan)
        : null
      : input.pppkGrade != null && !input.golongan && Number.isInteger(input.pppkGrade)
        ? input.pppkGrade
        : null;
  if (rank === null || rank < 1 || rank > 17) {
    const field = employee.employeeType === 'PNS' ? 'input.golongan' : 'input.pppkGrade';
    throw invalid(field, 'RANK_KIND_MISMATCH', { type: employee.employeeType });
  }
  if (input.tmt > context.today) throw invalid('input.tmt', 'DATE_IN_FUTURE');
  const { appointmentMonth, appointmentYear } = deriveFromNumber(employee.nip, employee.employeeType);
  if (input.tmt < (appointmentMonth ? `${appointmentMonth}-01` : `${appointmentYear}-01-01`)) {
    throw invalid('input.tmt', 'DATE_BEFORE_APPOINTMENT');
  }
  const decreeNumber = text(input.decreeNumber, 'input.decreeNumber', 100);
  return write(context, within, async (manager) => {
    const ranks = manager.getRepository(RankHistory);
    if (await ranks.existsBy({ employeeId: employee.id, tmt: input.tmt })) {
      throw invalid('input.tmt', 'HISTORY_ENTRY_EXISTS', { value: input.tmt });
    }
    const { identifiers } = await ranks.insert({ employeeId: employee.id, rank, tmt: input.tmt, decreeNumber });
    const latest = await ranks.findOneOrFail({ where: { employeeId: employee.id }, order: { tmt: 'DESC' } });
    await syncEmployee(manager, employee, { golonganRank: latest.rank });
    return ranks.findOneByOrFail({ id: Number(identifiers[0]!.id) });
  });
}

/** The rank held on a day: the latest entry in force by then, or the current rank when the history starts later. */
async function rankOn(manager: EntityManager, employee: Employee, day: string): Promise<number> {
  const entry = await manager
    .getRepository(RankHistory)
    .findOne({ where: { employeeId: employee.id, tmt: LessThanOrEqual(day) }, order: { tmt: 'DESC' } });
  return entry?.rank ?? employee.golonganRank;
}

export async function recordPosition(
  context: Context,
  input: RecordPositionInput,
  within?: Within,
): Promise<PositionHistory> {
  const employee = within?.employee ?? (await employeeFor(context, input.employeeId));
  const position = await context.loaders.positionsById.load(parseId(input.positionId, 'input.positionId'));
  if (!position || position.agencyId !== employee.agencyId) throw invalid('input.positionId', 'POSITION_NOT_FOUND');
  // A retired post stays in the histories of those who held it; nobody takes it up anew.
  if (!input.toDate) assertNotRetired('input.positionId', position);
  const unitId = input.unitId ? parseId(input.unitId, 'input.unitId') : position.unitId;
  const unit = await context.loaders.unitsById.load(unitId);
  if (!unit || unit.agencyId !== employee.agencyId) throw invalid('input.unitId', 'UNIT_NOT_FOUND');
  if (input.fromDate > context.today) throw invalid('input.fromDate', 'DATE_IN_FUTURE');
  const toDate = input.toDate ?? null;
  if (toDate !== null && (toDate <= input.fromDate || toDate > context.today)) {
    throw invalid('input.toDate', 'DATE_RANGE_INVALID');
  }
  return write(context, within, async (manager) => {
    const shortfall = rankShortfall(employee.employeeType, await rankOn(manager, employee, input.fromDate), position);
    if (shortfall) {
      throw invalid('input.positionId', shortfall.reason, { held: shortfall.held, minimum: shortfall.minimum });
    }
    const posts = manager.getRepository(PositionHistory);
    const history = await posts.find({ where: { employeeId: employee.id }, order: { fromDate: 'ASC' } });
    const open = history.find((entry) => entry.toDate === null);
    if (toDate === null) {
      // A new current post starts after the current one, which ends that day.
      if (open && input.fromDate <= open.fromDate) throw invalid('input.fromDate', 'POSITION_OVERLAP');
      if (open) await posts.update({ id: open.id }, { toDate: input.fromDate });
    } else {
      // An earlier post fits between the recorded ones.
      const overlaps = history.some(
        (entry) => input.fromDate < (entry.toDate ?? '9999-12-31') && entry.fromDate < toDate,
      );
      if (overlaps) throw invalid('input.fromDate', 'POSITION_OVERLAP');
    }
    const { identifiers } = await posts.insert({
      employeeId: employee.id,
      positionId: position.id,
      unitId,
      fromDate: input.fromDate,
      toDate,
    });
    if (toDate === null) {
      await syncEmployee(manager, employee, { positionId: position.id, unitId, positionSince: input.fromDate });
    }
    return posts.findOneByOrFail({ id: Number(identifiers[0]!.id) });
  });
}

export async function recordEducation(
  context: Context,
  input: RecordEducationInput,
  within?: Within,
): Promise<EducationHistory> {
  const employee = within?.employee ?? (await employeeFor(context, input.employeeId));
  const year = pastYear(input.year, 'input.year', context.today, Number(employee.nip.slice(0, 4)) + 5);
  const field = text(input.field, 'input.field', 150);
  const institution = text(input.institution, 'input.institution', 150);
  return write(context, within, (manager) =>
    addEducation(manager, employee, { level: input.level, field, institution, year }),
  );
}

/** Adds a completed level to the history and makes the highest level held the employee's education. */
export async function addEducation(
  manager: EntityManager,
  employee: Employee,
  entry: Pick<EducationHistory, 'level' | 'field' | 'institution' | 'year'>,
  levelField = 'input.level',
): Promise<EducationHistory> {
  const schooling = manager.getRepository(EducationHistory);
  if (await schooling.existsBy({ employeeId: employee.id, level: entry.level })) {
    throw invalid(levelField, 'HISTORY_ENTRY_EXISTS', { value: entry.level });
  }
  const { identifiers } = await schooling.insert({ employeeId: employee.id, ...entry });
  // The employee's education is the highest level completed.
  const levels = (await schooling.findBy({ employeeId: employee.id })).map((row) => row.level);
  const highest = EDUCATION_LEVELS.filter((level) => levels.includes(level) || level === employee.education).at(-1)!;
  await syncEmployee(manager, employee, { education: highest });
  return schooling.findOneByOrFail({ id: Number(identifiers[0]!.id) });
}
