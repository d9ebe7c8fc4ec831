// A unit's growth between two dates: each member's levels and JPM as of each date (the dated loaders of the team
// matrix), compared. The statements are the same for 10 members as for 1,000.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Competency } from '../entities/competency.entity.js';
import type { Unit } from '../entities/unit.entity.js';
import { jpmPointsGained, levelChanges } from '../rules/growth.js';
import type { GrowthRow, TeamGrowth } from '../types/team-growth.type.js';
import { byName, unitEmployees } from './unit-employees.js';

export async function buildTeamGrowth(
  context: Context,
  unit: Unit,
  includeSubUnits: boolean,
  from: string,
  to: string,
): Promise<TeamGrowth> {
  const employees = (await unitEmployees(context, unit, includeSubUnits)).sort(byName);
  const ids = employees.map((employee) => employee.id);
  const [then, now] = [context.loaders.on(from), context.loaders.on(to)];
  const [levelsThen, levelsNow, standingsThen, standingsNow] = await Promise.all([
    loadAll(then.currentLevelsByEmployeeId, ids),
    loadAll(now.currentLevelsByEmployeeId, ids),
    loadAll(then.standingsByEmployeeId, ids),
    loadAll(now.standingsByEmployeeId, ids),
  ]);
  const changes = ids.map((_, index) => levelChanges(levelsThen[index]!, levelsNow[index]!));
  const competencyIds = [...new Set(changes.flat().map((change) => change.competencyId))];
  const competencies = new Map(
    (await loadAll(context.loaders.competenciesById, competencyIds)).flatMap((competency) =>
      competency ? [[competency.id, competency] as const] : [],
    ),
  );
  const rows: GrowthRow[] = employees.map((employee, index) => {
    const jpmFrom = standingsThen[index]?.jpm ?? 0;
    const jpmTo = standingsNow[index]?.jpm ?? 0;
    const lines = changes[index]!;
    return {
      employee,
      jpmFrom,
      jpmTo,
      jpmChange: jpmPointsGained(jpmFrom, jpmTo),
      levelGain: lines.reduce((sum, line) => sum + line.change, 0),
      changes: lines.map((line) => ({
        ...line,
        competencyId: String(line.competencyId),
        competency: competencies.get(line.competencyId) as Competency,
      })),
    };
  });
  return { unit, from, to, rows };
}
