import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { AS, createSeededPersonnel } from '../testing/identities.js';

const TALENT = `query ($unitId: ID!) { talentGrid(unitId: $unitId) {
  employeeCount boxes { box inTalentPool count employees { id } } unplaced { id } } }`;

describe('Query.talentGrid', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it('puts every employee of the unit in one box or among the unplaced', async () => {
    const result = await subgraph.execute<{
      talentGrid: {
        employeeCount: number;
        boxes: { box: number; inTalentPool: boolean; count: number }[];
        unplaced: unknown[];
      };
    }>(TALENT, { unitId: '6' }, { identity: AS.manager });
    const grid = result.data!.talentGrid;
    expect(grid.boxes.map((box) => box.box)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // The talent pool is boxes 7, 8 and 9 (the same rule succession draws its candidates from).
    expect(grid.boxes.filter((box) => box.inTalentPool).map((box) => box.box)).toEqual([7, 8, 9]);
    expect(grid.boxes.reduce((sum, box) => sum + box.count, 0) + grid.unplaced.length).toBe(grid.employeeCount);
    expect(grid.employeeCount).toBe(9);
  });
});
