// The employees of a unit, with or without its sub-units, in constant SQL (member ids, then one batched row load),
// for the team matrix and the talent grid.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Employee } from '../entities/employee.entity.js';
import type { Unit } from '../entities/unit.entity.js';

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
