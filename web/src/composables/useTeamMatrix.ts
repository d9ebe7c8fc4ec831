// The team competency matrix of a unit under the page's filters, shaped into the view model the matrix draws.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  TeamMatrixDocument,
  type CompetencyType,
  type PositionKind,
  type TeamMatrixQuery,
} from '../graphql/generated/graphql';
import { latestEvidence, levelPairKey, type MatrixCell, type TeamMatrix } from '../models/teamMatrix';

export interface TeamMatrixFilter {
  unitId: string | null;
  includeSubUnits: boolean;
  competencyType: CompetencyType | null;
  positionKind: PositionKind | null;
  /** A past date (YYYY-MM-DD) the matrix shows as it stood then; null for today. */
  asOf?: string | null;
}

/**
 * The API's matrix as the page draws it: cells by competency id (the API lists a row's levels in column order, null
 * where the position does not require the competency), columns with their competency's code and name.
 */
export function toTeamMatrix(data: TeamMatrixQuery['teamMatrix'], asOf: string | null = null): TeamMatrix {
  return {
    unitName: data.unit.name,
    columns: data.columns.map((column) => ({
      competencyId: column.competencyId,
      code: column.competency.code,
      name: column.competency.name,
      employeesRequired: column.employeesRequired,
      belowStandard: column.belowStandard,
      meanGap: column.meanGap ?? null,
      worstGap: column.worstGap ?? null,
    })),
    rows: data.rows.map((row) => {
      const evidence = latestEvidence(
        (row.employee.trainingEvidence ?? []).map(({ level, date, competency }) => ({
          competencyId: competency.id,
          level,
          date,
        })),
        asOf,
      );
      return {
        employeeId: row.employee.id,
        name: row.employee.name,
        nip: row.employee.nip ?? null,
        positionName: row.position.name,
        jpm: row.jpm,
        mappingCategory: row.jpmCategory,
        talentBox: row.talentBox?.box ?? null,
        cells: Object.fromEntries(
          data.columns.flatMap(({ competencyId }, column): [string, MatrixCell][] => {
            const requiredLevel = row.requiredLevels[column];
            if (requiredLevel === null || requiredLevel === undefined) return [];
            const currentLevel = row.currentLevels[column];
            const isAssessed = currentLevel !== null && currentLevel !== undefined;
            return [
              [
                competencyId,
                {
                  requiredLevel,
                  currentLevel: currentLevel ?? 0,
                  isAssessed,
                  isStale: isAssessed && row.staleLevels[column] === true,
                  evidence: evidence.get(competencyId) ?? null,
                },
              ],
            ];
          }),
        ),
      };
    }),
    shares: data.categoryShares.map(({ category, count, share }) => ({ category, count, share })),
    severities: new Map(
      data.levelPairs.map(({ requiredLevel, currentLevel, severity }) => [
        levelPairKey(requiredLevel, currentLevel),
        severity,
      ]),
    ),
  };
}

export function useTeamMatrix(filter: MaybeRefOrGetter<TeamMatrixFilter>) {
  const { result, loading, error } = useQuery(
    TeamMatrixDocument,
    () => {
      const { unitId, includeSubUnits, competencyType, positionKind, asOf } = toValue(filter);
      return { input: { unitId: unitId ?? '', includeSubUnits, competencyType, positionKind, asOf: asOf ?? null } };
    },
    // Not normalised into the cache: a sekda's 1,000 rows cost seconds to write and read back, and no mutation
    // updates the matrix in place (it is read, then refetched with new filters).
    () => ({ enabled: toValue(filter).unitId !== null, fetchPolicy: 'no-cache' as const }),
  );
  const matrix = computed(() =>
    result.value?.teamMatrix ? toTeamMatrix(result.value.teamMatrix, toValue(filter).asOf ?? null) : null,
  );
  return { matrix, loading, error };
}
