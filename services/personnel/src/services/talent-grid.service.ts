// Lays out a unit's talent 9-box: each employee in the box of their placement (talent-box rule through the
// placements loader), the rest unplaced; the statements are the same for 10 employees as for 1,000.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Unit } from '../entities/unit.entity.js';
import { isInSuccessionPool } from '../rules/succession.js';
import { TALENT_BOXES } from '../rules/talent-box.js';
import type { TalentGrid } from '../types/talent-grid.type.js';
import { byName, unitEmployees } from './unit-employees.js';

export async function buildTalentGrid(context: Context, unit: Unit, includeSubUnits: boolean): Promise<TalentGrid> {
  const employees = (await unitEmployees(context, unit, includeSubUnits)).sort(byName);
  const placements = await loadAll(
    context.loaders.talentPlacementsByEmployeeId,
    employees.map((employee) => employee.id),
  );
  const boxes = TALENT_BOXES.map((box) => {
    const inBox = employees.filter((_, index) => placements[index]?.box === box.box);
    return { ...box, inTalentPool: isInSuccessionPool(box.box), count: inBox.length, employees: inBox };
  });
  const unplaced = employees.filter((_, index) => !placements[index]);
  return { unit, includeSubUnits, employeeCount: employees.length, boxes, unplaced };
}
