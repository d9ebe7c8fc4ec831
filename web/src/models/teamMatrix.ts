// The team competency matrix as the page draws it: one row per employee, one column per competency, cells only
// where the employee's position requires the competency. The composable shapes the API's answer into this.
import type { CsvColumn } from '../composables/useCsvExport';
import type { GapSeverity, MappingCategory } from '../graphql/generated/graphql';
import { formatNip } from '../utils/formatNip';

export interface MatrixColumn {
  competencyId: string;
  code: string;
  name: string;
  /** People whose position requires it. */
  employeesRequired: number;
  belowStandard: number;
  /** Mean of current − required over those people; null when nobody requires it. */
  meanGap: number | null;
  worstGap: number | null;
}

export interface MatrixCell {
  requiredLevel: number;
  /** 0 when not assessed: read `isAssessed` before treating it as a level. */
  currentLevel: number;
  /** An assessment stands behind `currentLevel` (the API reports level 0 for "none"). */
  isAssessed: boolean;
  /** The assessment behind `currentLevel` is older than the agency's validity. */
  isStale: boolean;
  /** The latest dated training evidence of the competency (a passed training, placement…), shown beside the level. */
  evidence?: CellEvidence | null;
}

export interface CellEvidence {
  /** The level the evidence develops the competency up to. */
  level: number;
  /** YYYY-MM-DD. */
  date: string;
}

export interface MatrixRow {
  employeeId: string;
  name: string;
  /** Null where the viewer may not see it. */
  nip: string | null;
  positionName: string | null;
  jpm: number | null;
  mappingCategory: MappingCategory | null;
  talentBox: number | null;
  /** By competency id; absent where the position does not require the competency. */
  cells: Readonly<Record<string, MatrixCell>>;
}

export interface CategoryShare {
  category: MappingCategory;
  count: number;
  /** 0-1. */
  share: number;
}

export interface TeamMatrix {
  unitName: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  shares: CategoryShare[];
  /** The API's gap severity of each pair of levels the assessed cells hold, by `levelPairKey`; read with `severityOf`. */
  severities: ReadonlyMap<string, GapSeverity>;
}

export const levelPairKey = (requiredLevel: number, currentLevel: number): string => `${requiredLevel}:${currentLevel}`;

/** What the API says of a cell's gap; null for an unassessed cell, which is unknown rather than a gap. */
export function severityOf(matrix: TeamMatrix, cell: MatrixCell): GapSeverity | null {
  return cell.isAssessed ? (matrix.severities.get(levelPairKey(cell.requiredLevel, cell.currentLevel)) ?? null) : null;
}

export interface MatrixCsvLabels {
  name: string;
  nip: string;
  position: string;
  jpm: string;
  category: (category: MappingCategory) => string;
  categoryHeader: string;
  talentBox: string;
  /** A cell as text a spreadsheet keeps as text ("2 dari 3", never the date 2 March). */
  cell: (currentLevel: number, requiredLevel: number) => string;
  notAssessed: (requiredLevel: number) => string;
}

/**
 * CSV columns: who, then one column per competency (empty where not required). Spreadsheets read "2/3" as a date
 * and an 18-digit NIP as a rounded number, so levels are words ("2 dari 3") and the NIP is grouped 8-6-1-3 with
 * spaces, its official display form, which both Excel and LibreOffice keep as text.
 */
export function matrixCsvColumns(matrix: TeamMatrix, labels: MatrixCsvLabels): CsvColumn<MatrixRow>[] {
  return [
    { header: labels.name, value: (row) => row.name },
    { header: labels.nip, value: (row) => (row.nip ? formatNip(row.nip) : null) },
    { header: labels.position, value: (row) => row.positionName },
    { header: labels.jpm, value: (row) => row.jpm },
    {
      header: labels.categoryHeader,
      value: (row) => (row.mappingCategory ? labels.category(row.mappingCategory) : null),
    },
    { header: labels.talentBox, value: (row) => row.talentBox },
    ...matrix.columns.map((column) => ({
      header: `${column.code} ${column.name}`,
      value: (row: MatrixRow) => {
        const cell = row.cells[column.competencyId];
        if (!cell) return null;
        return cell.isAssessed
          ? labels.cell(cell.currentLevel, cell.requiredLevel)
          : labels.notAssessed(cell.requiredLevel);
      },
    })),
  ];
}

/** How the rows are ordered: as the API lists them, by JPM (lowest first), or by the gap in the chosen column. */
export type MatrixSort = 'name' | 'jpm' | 'gap';

export interface RowArrangement {
  search: string;
  /** Only people below the standard: in the chosen column if any, else in some column. Unassessed is not "below". */
  belowOnly: boolean;
  sort: MatrixSort;
  /** The chosen column, for "below" and the gap sort. */
  competencyId: string | null;
}

const gapIn = (row: MatrixRow, competencyId: string): number | null => {
  const cell = row.cells[competencyId];
  return cell?.isAssessed ? cell.currentLevel - cell.requiredLevel : null;
};

function isBelow(row: MatrixRow, competencyId: string | null): boolean {
  const ids = competencyId ? [competencyId] : Object.keys(row.cells);
  return ids.some((id) => (gapIn(row, id) ?? 0) < 0);
}

/** The rows the matrix shows, in the order asked; unknowns (no JPM, unassessed, not required) sort last. */
export function arrangeRows(rows: readonly MatrixRow[], arrangement: RowArrangement): MatrixRow[] {
  const needle = arrangement.search.trim().toLocaleLowerCase('id');
  const shown = rows.filter(
    (row) =>
      (!needle || row.name.toLocaleLowerCase('id').includes(needle)) &&
      (!arrangement.belowOnly || isBelow(row, arrangement.competencyId)),
  );
  const key = (row: MatrixRow): number | null => {
    if (arrangement.sort === 'jpm') return row.jpm;
    if (arrangement.sort === 'gap' && arrangement.competencyId) return gapIn(row, arrangement.competencyId);
    return null;
  };
  if (arrangement.sort === 'name' || (arrangement.sort === 'gap' && !arrangement.competencyId)) return shown;
  // Array.prototype.sort is stable: equal keys keep the API's order.
  return [...shown].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
    return ka - kb;
  });
}

/**
 * The latest evidence per competency of one person, on or before `asOf` (a past matrix shows only what was known then);
 * on the same date the higher level wins.
 */
export function latestEvidence(
  evidence: readonly { competencyId: string; level: number; date: string }[],
  asOf: string | null,
): Map<string, CellEvidence> {
  const latest = new Map<string, CellEvidence>();
  for (const { competencyId, level, date } of evidence) {
    if (asOf && date > asOf) continue;
    const kept = latest.get(competencyId);
    if (!kept || date > kept.date || (date === kept.date && level > kept.level))
      latest.set(competencyId, { level, date });
  }
  return latest;
}

export interface BelowStandard {
  row: MatrixRow;
  currentLevel: number;
  requiredLevel: number;
}

/** Who is assessed below the standard in one column, largest gap first; and how many are not assessed in it. */
export function belowStandardIn(
  rows: readonly MatrixRow[],
  competencyId: string,
): { below: BelowStandard[]; unassessed: number } {
  const below: BelowStandard[] = [];
  let unassessed = 0;
  for (const row of rows) {
    const cell = row.cells[competencyId];
    if (!cell) continue;
    if (!cell.isAssessed) unassessed += 1;
    else if (cell.currentLevel < cell.requiredLevel) {
      below.push({ row, currentLevel: cell.currentLevel, requiredLevel: cell.requiredLevel });
    }
  }
  below.sort((a, b) => a.currentLevel - a.requiredLevel - (b.currentLevel - b.requiredLevel));
  return { below, unassessed };
}
