import { describe, expect, it } from 'vitest';
import type { TeamMatrixQuery } from '../graphql/generated/graphql';
import { severityOf } from '../models/teamMatrix';
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
    {
      __typename: 'TeamMatrixColumn',
      competencyId: '12',
      employeesRequired: 1,
      belowStandard: 0,
      meanGap: -2,
      worstGap: -2,
      competency: { __typename: 'Competency', id: '12', code: 'KAMINFO', name: 'Keamanan Informasi' },
    },
  ],
  rows: [
    {
      __typename: 'TeamMatrixRow',
      employee: {
        __typename: 'Employee',
        id: '7',
        name: 'Rina',
        nip: null,
        trainingEvidence: [
          {
            __typename: 'TrainingEvidence',
            level: 3,
            date: '2026-05-04',
            competency: { __typename: 'Competency', id: '11' },
          },
          {
            __typename: 'TrainingEvidence',
            level: 2,
            date: '2026-02-10',
            competency: { __typename: 'Competency', id: '11' },
          },
        ],
      },
      position: { __typename: 'Position', id: '7', name: 'Pranata Komputer Ahli Pertama' },
      jpm: 83.33,
      jpmCategory: 'CUKUP_OPTIMAL',
      talentBox: null,
      requiredLevels: [3, 2],
      currentLevels: [2, null],
      staleLevels: [true, null],
    },
    {
      __typename: 'TeamMatrixRow',
      employee: { __typename: 'Employee', id: '8', name: 'Sari', nip: '198001012005012001', trainingEvidence: null },
      position: { __typename: 'Position', id: '8', name: 'Analis Kebijakan' },
      jpm: 100,
      jpmCategory: 'OPTIMAL',
      talentBox: { __typename: 'TalentPlacement', box: 5 },
      requiredLevels: [2, null],
      currentLevels: [4, null],
      staleLevels: [false, null],
    },
  ],
  categoryShares: [{ __typename: 'JpmCategoryShare', category: 'CUKUP_OPTIMAL', count: 1, share: 1 }],
  levelPairs: [
    { __typename: 'LevelPairGap', requiredLevel: 2, currentLevel: 4, severity: 'MET' },
    { __typename: 'LevelPairGap', requiredLevel: 3, currentLevel: 2, severity: 'MINOR' },
  ],
};

describe('toTeamMatrix', () => {
  it('keys cells by competency from the lists in column order, names columns, keeps hidden NIPs and boxes empty', () => {
    const matrix = toTeamMatrix(data);
    expect(matrix.columns.slice(0, 1)).toEqual([
      {
        competencyId: '11',
        code: 'DATA',
        name: 'Pengelolaan Data',
        employeesRequired: 2,
        belowStandard: 1,
        meanGap: -0.5,
        worstGap: -1,
      },
    ]);
    expect(matrix.rows[0]).toMatchObject({ nip: null, talentBox: null, mappingCategory: 'CUKUP_OPTIMAL' });
    expect(matrix.rows[0]?.cells).toEqual({
      '11': {
        requiredLevel: 3,
        currentLevel: 2,
        isStale: true,
        isAssessed: true,
        evidence: { level: 3, date: '2026-05-04' },
      },
      '12': { requiredLevel: 2, currentLevel: 0, isStale: false, isAssessed: false, evidence: null },
    });
    // Not requiredLevel: no cell at all.
    expect(matrix.rows[1]?.cells).toEqual({
      '11': { requiredLevel: 2, currentLevel: 4, isStale: false, isAssessed: true, evidence: null },
    });
    expect(matrix.shares).toEqual([{ category: 'CUKUP_OPTIMAL', count: 1, share: 1 }]);
  });
  it('shows beside a level the latest training evidence known on the date of a past matrix', () => {
    expect(toTeamMatrix(data, '2026-03-01').rows[0]?.cells['11']?.evidence).toEqual({ level: 2, date: '2026-02-10' });
    expect(toTeamMatrix(data, '2026-01-01').rows[0]?.cells['11']?.evidence).toBeNull();
  });
  it("gives an assessed cell the API's severity of its pair of levels, an unassessed one none", () => {
    const matrix = toTeamMatrix(data);
    const [rina, sari] = matrix.rows;
    expect(severityOf(matrix, rina!.cells['11']!)).toBe('MINOR');
    expect(severityOf(matrix, rina!.cells['12']!)).toBeNull();
    expect(severityOf(matrix, sari!.cells['11']!)).toBe('MET');
  });
});
