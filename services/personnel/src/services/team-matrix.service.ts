// Assembles a unit's team competency matrix from per-request loaders and the rules (position-match for cells and
// JPM, team-matrix for the summaries): the statements are the same for 10 employees as for 1,000.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Competency } from '../entities/competency.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import type { Position } from '../entities/position.entity.js';
import type { Unit } from '../entities/unit.entity.js';
import { mappingCategory, type LevelPair } from '../rules/jpm.js';
import { levelsAgainstStandard } from '../rules/position-match.js';
import type { CompetencyTypeValue } from '../types/competency-type.enum.js';
import type { PositionKind } from '../rules/position-level.js';
import { categoryShares, levelPairGaps, summarizeColumn } from '../rules/team-matrix.js';
import type { TeamMatrix, TeamMatrixCell, TeamMatrixRow } from '../types/team-matrix.type.js';
import { byName, unitEmployees } from './unit-employees.js';

export interface MatrixFilter {
  includeSubUnits: boolean;
  competencyType?: CompetencyTypeValue;
  positionKind?: PositionKind;
  /** A past date (validated by the caller); today when absent. */
  asOf?: string;
}

export async function buildTeamMatrix(context: Context, unit: Unit, filter: MatrixFilter): Promise<TeamMatrix> {
  const { loaders } = context;
  const asOf = filter.asOf ?? context.today;
  const dated = asOf === context.today ? loaders : loaders.on(asOf);
  const today = await unitEmployees(context, unit, filter.includeSubUnits);
  const members = (
    await loadAll(
      dated.employeesById,
      today.map((employee) => employee.id),
    )
  ).filter((employee): employee is Employee => employee !== null);
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
    loadAll(dated.standingsByEmployeeId, ids),
    loadAll(loaders.talentPlacementsByEmployeeId, ids),
  ]);
  const required = new Set<number>();
  for (const standing of standings) for (const line of standing?.lines ?? []) required.add(line.competencyId);
  const competencyIds = [...required].sort((a, b) => a - b);
  const shown = (await loadAll(loaders.competenciesById, competencyIds)).filter(
    (competency): competency is Competency =>
      competency !== null && (!filter.competencyType || competency.type === filter.competencyType),
  );
  const columnOf = new Map(shown.map((competency, index) => [competency.id, index] as const));
  const everyColumnShown = shown.length === competencyIds.length;
  // Each column's required and current levels, gathered in the rows' pass for its summary; the assessed ones' pairs
  // for the levels' gaps.
  const columnCells: LevelPair[][] = shown.map(() => []);
  const assessedPairs: LevelPair[] = [];

  const rows: TeamMatrixRow[] = [];
  employees.forEach((employee, index) => {
    const standing = standings[index];
    const position: Position | undefined = positionOf.get(employee.positionId);
    if (!standing || !position) return;
    const lines = everyColumnShown ? standing.lines : standing.lines.filter((line) => columnOf.has(line.competencyId));
    // The compact form: one entry per column, null where the position does not require it.
    const requiredLevels = new Array<number | null>(shown.length).fill(null);
    const currentLevels = new Array<number | null>(shown.length).fill(null);
    const staleLevels = new Array<boolean | null>(shown.length).fill(null);
    for (const line of lines) {
      const column = columnOf.get(line.competencyId)!;
      requiredLevels[column] = line.requiredLevel;
      currentLevels[column] = line.current ? line.currentLevel : null;
      staleLevels[column] = line.current ? line.current.stale : null;
      columnCells[column]!.push(line);
      if (line.current) assessedPairs.push(line);
    }
    rows.push({
      employee,
      position,
      jpm: standing.jpm,
      jpmCategory: mappingCategory(standing.jpm),
      talentBox: placements[index] ?? null,
      requiredLevels,
      currentLevels,
      staleLevels,
      // The detailed cells are built only when asked for: 30,000 objects for a 1,000-person unit.
      get cells(): TeamMatrixCell[] {
        return levelsAgainstStandard(lines);
      },
    });
  });

  const columns = shown.map((competency, column) => ({
    competencyId: String(competency.id),
    competency,
    ...summarizeColumn(columnCells[column]!),
  }));
  return {
    unit,
    includeSubUnits: filter.includeSubUnits,
    asOf,
    rows,
    columns,
    categoryShares: categoryShares(rows.map((row) => row.jpmCategory)),
    levelPairs: levelPairGaps(assessedPairs),
  };
}
