import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { Employee } from '../entities/employee.entity.js';
import { currentLevels } from '../rules/current-level.js';
import { createSeededPersonnel } from '../testing/identities.js';
import { createAssessmentFactsByEmployeeIdLoader } from './assessment-facts-by-employee-id.loader.js';
import { createAssessmentsByEmployeeIdLoader } from './assessments-by-employee-id.loader.js';

describe('assessmentFactsByEmployeeId', () => {
  let subgraph: TestSubgraph;
  let ids: number[];
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
    ids = (await subgraph.dataSource.getRepository(Employee).find({ select: { id: true } })).map((row) => row.id);
  });
  afterAll(() => subgraph.stop());

  it('gives every employee the facts of their history and the same current levels, in one statement', async () => {
    const logged = vi.spyOn(subgraph.counter, 'logQuery');
    const before = subgraph.counter.statements;
    const facts = await createAssessmentFactsByEmployeeIdLoader(subgraph.dataSource).loadMany(ids);
    expect(subgraph.counter.statements - before).toBe(1);
    const sql = String(logged.mock.calls.at(-1)?.[0]);
    logged.mockRestore();
    // Only the columns the rule reads, and no sort: the rule ranks the assessments itself.
    expect(sql).not.toMatch(/assessor|evidence|ORDER BY/i);

    const histories = await createAssessmentsByEmployeeIdLoader(subgraph.dataSource).loadMany(ids);
    let assessed = 0;
    ids.forEach((_, index) => {
      const lean = facts[index] as Exclude<(typeof facts)[number], Error>;
      const full = histories[index] as Exclude<(typeof histories)[number], Error>;
      const shape = ({ id, competencyId, level, source, assessedOn }: (typeof lean)[number]) => ({
        id,
        competencyId,
        level,
        source,
        assessedOn,
      });
      expect([...lean].sort((a, b) => a.id - b.id).map(shape)).toEqual(
        [...full].sort((a, b) => a.id - b.id).map(shape),
      );
      const strip = (levels: ReturnType<typeof currentLevels>) =>
        levels.map(({ assessment, ...level }) => ({
          ...level,
          assessment: shape(assessment as (typeof lean)[number]),
        }));
      expect(strip(currentLevels(lean, '2026-11-25', 3))).toEqual(strip(currentLevels(full, '2026-11-25', 3)));
      assessed += full.length;
    });
    // The control: the seed's histories are not empty.
    expect(assessed).toBeGreaterThan(100);
  });
});
