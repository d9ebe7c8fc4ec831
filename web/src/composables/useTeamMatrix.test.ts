import { describe, expect, it } from 'vitest';
import type { TeamMatrixQuery } from '../graphql/generated/graphql';
import { toTeamMatrix } from './useTeamMatrix';

const data: TeamMatrixQuery['teamMatrix'] = {
  __typename: 'TeamMatrix',
  unit: { __typename: 'Unit', id: '4', name: 'Dinas Kominfo' },
  columns: [
    {
      __typename: 'TeamMatrixColumn',
      competencyId: '11',
      employeesRequired: 2,
      belowStandard: 1,
      meanGap: -0.5,
      worstGap: -1,
      competency: { __typename: 'Competency', id: '11', code: 'DATA', name: 'Pengelolaan Data' },
    },
  ],
  rows: [
    {
      __typename: 'TeamMatrixRow',
      employee: { __typename: 'Employee', id: '7', name: 'Rina', nip: null },
      position: { __typename: 'Position', id: '7', name: 'Pranata Komputer Ahli Pertama' },
      jpm: 83.33,
      jpmCategory: 'CUKUP_OPTIMAL',
      talentBox: null,
      cells: [
        {
          __typename: 'TeamMatrixCell',
          competencyId: '11',
          requiredLevel: 3,
          currentLevel: 2,
          source: 'ASSESSMENT_CENTER',
          stale: true,
        },
      ],
    },
  ],
  categoryShares: [{ __typename: 'JpmCategoryShare', category: 'CUKUP_OPTIMAL', count: 1, share: 1 }],
};

describe('toTeamMatrix', () => {
  it('keys cells by competency, names columns by their competency, and keeps hidden NIPs and boxes empty', () => {
    const matrix = toTeamMatrix(data);
    expect(matrix.columns).toEqual([
      {
        competencyId: '11',
        code: 'DATA',
        name: 'Pengelolaan Data',
        required: 2,
        belowStandard: 1,
        meanGap: -0.5,
        worstGap: -1,
      },
    ]);
    expect(matrix.rows[0]).toMatchObject({ nip: null, talentBox: null, mappingCategory: 'CUKUP_OPTIMAL' });
    expect(matrix.rows[0]?.cells).toEqual({ '11': { required: 3, current: 2, isStale: true, isAssessed: true } });
    expect(matrix.shares).toEqual([{ category: 'CUKUP_OPTIMAL', count: 1, share: 1 }]);
  });
});
