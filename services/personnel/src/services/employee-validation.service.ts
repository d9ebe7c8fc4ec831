// Validates an employee as it would be after a create or update, before anything is written: NIP rules and
// uniqueness, name, position and unit of one agency, golongan and education at least the position's minimum,
// dates, scores, and a manager in the same agency that makes no management cycle.
import { assertNotRetired, cleanName, hasAtMostDecimals } from '@asn/common';
import type { Context } from '../context.js';
import type { Employee } from '../entities/employee.entity.js';
import { Employee as EmployeeEntity } from '../entities/employee.entity.js';
import { invalid, parseId } from '../errors.js';
import { meetsEducation } from '../rules/education.js';
import { rankShortfall } from '../rules/position-rank-minimum.js';
import { parseEmployeeNumber } from '../rules/ni-pppk.js';

/** The columns a create or update sets. */
export type EmployeeValues = Omit<Employee, 'id' | 'version'>;

export async function validateEmployee(
  context: Context,
  values: EmployeeValues,
  existingId: number | null,
): Promise<EmployeeValues> {
  const { loaders, today } = context;
  // A PNS carries a NIP, a PPPK an NI PPPK: each number is accepted only for its type.
  const parsed = parseEmployeeNumber(values.nip, values.employeeType, today);
  if (!parsed.ok) throw invalid('input.nip', parsed.reason);
  if (values.name.trim().length === 0 || values.name.trim().length > 150) throw invalid('input.name', 'NAME_REQUIRED');
  // No bidi overrides, zero-width or control characters: one name cannot pass for another.
  const name = cleanName(values.name, 'input.name', 150);

  const [position, unit] = await Promise.all([
    loaders.positionsById.load(values.positionId),
    loaders.unitsById.load(values.unitId),
  ]);
  if (!unit) throw invalid('input.unitId', 'UNIT_NOT_FOUND');
  if (unit.agencyId !== values.agencyId) throw invalid('input.unitId', 'OTHER_AGENCY', { agency: values.agencyId });
  if (!position) throw invalid('input.positionId', 'POSITION_NOT_FOUND');
  // A retired post keeps its holders, but nobody new is registered into it.
  if (existingId === null) assertNotRetired('input.positionId', position);
  if (position.agencyId !== values.agencyId) {
    throw invalid('input.positionId', 'OTHER_AGENCY', { agency: values.agencyId });
  }
  // A PPPK's rank here is not yet a grade of record: the rank history sets it, and recordPosition checks it.
  const shortfall = values.employeeType === 'PNS' ? rankShortfall('PNS', values.golonganRank, position) : null;
  if (shortfall) {
    throw invalid('input.golongan', shortfall.reason, { held: shortfall.held, minimum: shortfall.minimum });
  }
  if (!meetsEducation(values.education, position.minEducation)) {
    throw invalid('input.education', 'EDUCATION_BELOW_POSITION_MINIMUM', {
      education: values.education,
      minimum: position.minEducation,
    });
  }
  if (values.positionSince > today) throw invalid('input.positionSince', 'DATE_IN_FUTURE');
  if (values.potentialScore !== null && (values.potentialScore < 0 || values.potentialScore > 100)) {
    throw invalid('input.potentialScore', 'SCORE_OUT_OF_RANGE');
  }
  // The column keeps two decimals: a third would be rounded by the database, and banding must see what was given.
  if (values.potentialScore !== null && !hasAtMostDecimals(values.potentialScore, 2)) {
    throw invalid('input.potentialScore', 'SCORE_TOO_PRECISE');
  }
  if (values.managerId !== null) await validateManager(context, values.managerId, values.agencyId, existingId);

  const holder = await loaders.employeesByNip.load(parsed.value.nip);
  if (holder && holder.id !== existingId) throw invalid('input.nip', 'NIP_TAKEN', { nip: parsed.value.nip });
  return { ...values, nip: parsed.value.nip, name };
}

async function validateManager(context: Context, managerId: number, agencyId: number, employeeId: number | null) {
  if (managerId === employeeId) throw invalid('input.managerId', 'MANAGER_SELF');
  const manager = await context.loaders.employeesById.load(managerId);
  if (!manager) throw invalid('input.managerId', 'EMPLOYEE_NOT_FOUND');
  if (manager.agencyId !== agencyId) throw invalid('input.managerId', 'OTHER_AGENCY', { agency: agencyId });
  if (employeeId === null) return;
  // A new employee has no reports, so only an update can close a cycle: walk up from the manager, in memory.
  const chain = await context.dataSource
    .getRepository(EmployeeEntity)
    .find({ select: { id: true, managerId: true }, where: { agencyId } });
  const managerOf = new Map(chain.map((row) => [row.id, row.managerId]));
  const seen = new Set<number>();
  for (let current: number | null = managerId; current !== null; current = managerOf.get(current) ?? null) {
    if (current === employeeId) throw invalid('input.managerId', 'MANAGER_CYCLE');
    if (seen.has(current)) break;
    seen.add(current);
  }
}

/** An optional ID input as a key; null and undefined pass through. */
export function optionalId(value: string | null | undefined, field: string): number | null | undefined {
  return value === null || value === undefined ? value : parseId(value, field);
}
