// Assembles a unit's team competency matrix from per-request loaders and the rules (position-match for cells and
// JPM, team-matrix for the summaries): the statements are the same for 10 employees as for 1,000.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Competency } from '../entities/competency.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import type { Position } from '../entities/position.entity.js';
import type { Unit } from '../entities/unit.entity.js';
import { mappingCategory } from '../rules/jpm.js';
import type { CompetencyTypeValue } from '../types/competency-type.enum.js';
import type { PositionKind } from '../rules/position-level.js';
import { categoryShares, summarizeColumn } from '../rules/team-matrix.js';
import type { TeamMatrix, TeamMatrixCell, TeamMatrixRow } from '../types/team-matrix.type.js';
import { byName, unitEmployees } from './unit-employees.js';

export interface MatrixFilter {
  includeSubUnits: boolean;
  competencyType?: CompetencyTypeValue;
  positionKind?: PositionKind;
}

export async function buildTeamMatrix(context: Context, unit: Unit, filter: MatrixFilter): Promise<TeamMatrix> {
  const { loaders } = context;
  const members = await unitEmployees(context, unit, filter.includeSubUnits);
  const positionIds = [...new Set(members.map((employee) => employee.positionId))];
  const positionOf = new Map(
    (await loadAll(loaders.positionsById, positionIds)).flatMap((position) =>
      position ? [[position.id, position] as const] : [],
    ),
  );
  const employees = members
    .filter((employee) => !filter.positionKind || positionOf.get(employee.positionId)?.kind === filter.positionKind)
    .sort(byName);
  const ids = employees.map((employee) => employee.id);
  const [standings, placements] = await Promise.all([
    loadAll(loaders.standingsByEmployeeId, ids),
    loadAll(loaders.talentPlacementsByEmployeeId, ids),
  ]);
  const competencyIds = [
    ...new Set(standings.flatMap((standing) => standing?.lines.map((line) => line.competencyId) ?? [])),
  ].sort((a, b) => a - b);
  const shown = (await loadAll(loaders.competenciesById, competencyIds)).filter(
    (competency): competency is Competency =>
      competency !== null && (!filter.competencyType || competency.type === filter.competencyType),
  );
  const isShown = new Set(shown.map((competency) => competency.id));

  const rows: TeamMatrixRow[] = employees.flatMap((employee: Employee, index) => {
    const standing = standings[index];
    const position: Position | undefined = positionOf.get(employee.positionId);
    if (!standing || !position) return [];
    const cells: TeamMatrixCell[] = standing.lines
      .filter((line) => isShown.has(line.competencyId))
      .map((line) => ({
        competencyId: String(line.competencyId),
        requiredLevel: line.requiredLevel,
        currentLevel: line.currentLevel,
        gap: line.gap,
        source: line.current?.assessment.source ?? null,
        assessedOn: line.current?.assessment.assessedOn ?? null,
        stale: line.current?.stale ?? false,
      }));
    const jpmCategory = mappingCategory(standing.jpm);
    return [{ employee, position, jpm: standing.jpm, jpmCategory, talentBox: placements[index] ?? null, cells }];
  });

  const cellsOf = new Map<string, { required: number; current: number }[]>();
  for (const row of rows) {
    for (const cell of row.cells) {
      const list = cellsOf.get(cell.competencyId) ?? [];
      list.push({ required: cell.requiredLevel, current: cell.currentLevel });
      cellsOf.set(cell.competencyId, list);
    }
  }
  const columns = shown.map((competency) => {
    const summary = summarizeColumn(cellsOf.get(String(competency.id)) ?? []);
    return {
      competencyId: String(competency.id),
      competency,
      employeesRequired: summary.required,
      belowStandard: summary.belowStandard,
      meanGap: summary.meanGap,
      worstGap: summary.worstGap,
    };
  });
  return {
    unit,
    includeSubUnits: filter.includeSubUnits,
    rows,
    columns,
    categoryShares: categoryShares(rows.map((row) => row.jpmCategory)),
  };
}
