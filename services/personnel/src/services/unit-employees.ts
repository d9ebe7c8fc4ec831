// The employees of a unit, with or without its sub-units, in constant SQL (member ids, then one batched row load),
// for the manager's views of a unit: the team matrix, its growth and the talent grid. They show personal data of
// the unit's people: the unit's head, an admin of the agency, a pii:read API key of the agency, system.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Employee } from '../entities/employee.entity.js';
import type { Unit } from '../entities/unit.entity.js';
import { invalid, parseId } from '../errors.js';
import { authorize } from '../policy.js';

/** The unit of a manager's view, when the caller may see its people's personal data. */
export async function visibleUnit(context: Context, id: string, field: string): Promise<Unit> {
  const unit = await context.loaders.unitsById.load(parseId(id, field));
  if (!unit) throw invalid(field, 'UNIT_NOT_FOUND');
  authorize(context.identity, { action: 'unit.readPersonal', unitId: unit.id, agencyId: unit.agencyId });
  return unit;
}

export async function unitEmployees({ loaders }: Context, unit: Unit, includeSubUnits: boolean): Promise<Employee[]> {
  const memberIds = await loaders.memberIdsByUnitId.load(unit.id);
  const employees = await loadAll(loaders.employeesById, memberIds);
  return employees.filter(
    (employee): employee is Employee => employee !== null && (includeSubUnits || employee.unitId === unit.id),
  );
}

/** Sorted by name, then id (names repeat). */
export function byName(a: Employee, b: Employee): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id - b.id;
}
