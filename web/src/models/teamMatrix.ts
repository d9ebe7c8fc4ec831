// The team competency matrix as the page draws it: one row per employee, one column per competency, cells only
// where the employee's position requires the competency. The composable shapes the API's answer into this.
import type { CsvColumn } from '../composables/useCsvExport';
import type { MappingCategory } from '../utils/tones';

export interface MatrixColumn {
  competencyId: string;
  code: string;
  name: string;
  /** People whose position requires it. */
  required: number;
  belowStandard: number;
  /** Mean of current − required over those people; null when nobody requires it. */
  meanGap: number | null;
  worstGap: number | null;
}

export interface MatrixCell {
  required: number;
  current: number;
  /** The assessment behind `current` is older than the agency's validity. */
  isStale: boolean;
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
}

export interface MatrixCsvLabels {
  name: string;
  nip: string;
  position: string;
  jpm: string;
  category: (category: MappingCategory) => string;
  categoryHeader: string;
  talentBox: string;
}

/** CSV columns: who, then one "current/required" column per competency (empty where not required). */
export function matrixCsvColumns(matrix: TeamMatrix, labels: MatrixCsvLabels): CsvColumn<MatrixRow>[] {
  return [
    { header: labels.name, value: (row) => row.name },
    { header: labels.nip, value: (row) => row.nip },
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
        return cell ? `${cell.current}/${cell.required}` : null;
      },
    })),
  ];
}
