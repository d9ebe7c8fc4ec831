// The demo data as someone who knows a Kota/Kabupaten would read it, measured: the planner can date most options
// (at least 80% get an eligibleOn, every null with its reason), JPM categories far from 70% "Optimal",
// nobody past retirement age, PPPK on PPPK terms, histories consistent with the employee record.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { Employee } from '../entities/employee.entity.js';
import { PerformanceRating } from '../entities/performance-rating.entity.js';
import { PositionHistory } from '../entities/position-history.entity.js';
import { Position } from '../entities/position.entity.js';
import { RankHistory } from '../entities/rank-history.entity.js';
import { createLoaders } from '../loaders/index.js';
import { mappingCategory } from '../rules/jpm.js';
import { deriveFromNumber } from '../rules/ni-pppk.js';
import { deriveFromNip } from '../rules/nip.js';
import { retirementAge, retirementDate } from '../rules/retirement.js';
import { createSeededPersonnel, TODAY } from '../testing/identities.js';

describe('the demo data is believable', () => {
  let subgraph: TestSubgraph;
  let employees: Employee[];
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
    employees = await subgraph.dataSource.getRepository(Employee).find({ order: { id: 'ASC' } });
  });
  afterAll(() => subgraph.stop());

  it('dates at least 80% of the career options, and every undated one says which requirement and why', async () => {
    const loaders = createLoaders(subgraph.dataSource, TODAY);
    const options = (await loaders.careerPlansByEmployeeId.loadMany(employees.map((e) => e.id))).flatMap((plan) =>
      plan instanceof Error ? [] : plan.options,
    );
    const dated = options.filter((option) => option.eligibleOn !== null);
    const reasons = new Map<string, number>();
    for (const option of options.filter((o) => o.eligibleOn === null)) {
      expect(option.undatedRequirements.length).toBeGreaterThan(0);
      for (const r of option.undatedRequirements)
        reasons.set(`${r.kind}:${r.undatable}`, (reasons.get(`${r.kind}:${r.undatable}`) ?? 0) + 1);
    }
    const readyNow = dated.filter((o) => o.eligibleOn! <= TODAY).length;
    const within3 = dated.filter((o) => o.eligibleOn! > TODAY && o.eligibleOn! <= '2029-11-25').length;
    console.info(
      `career options: ${options.length}, dated ${dated.length} (${((100 * dated.length) / options.length).toFixed(1)}%), ready now ${readyNow}, within 3 years ${within3}; undated by reason ${JSON.stringify(Object.fromEntries(reasons))}`,
    );
    expect(dated.length / options.length).toBeGreaterThanOrEqual(0.8);
    expect(readyNow).toBeGreaterThan(0);
    expect(within3).toBeGreaterThan(0);
    expect(options.length - dated.length).toBeGreaterThan(0);
  });

  it('has a JPM mapping distribution well under 70% Optimal', async () => {
    const loaders = createLoaders(subgraph.dataSource, TODAY);
    const standings = await loaders.standingsByEmployeeId.loadMany(employees.map((e) => e.id));
    const counts: Record<string, number> = {};
    for (const standing of standings) {
      if (!standing || standing instanceof Error) continue;
      const category = mappingCategory(standing.jpm);
      counts[category] = (counts[category] ?? 0) + 1;
    }
    console.info(`JPM mapping categories: ${JSON.stringify(counts)}`);
    expect((counts.OPTIMAL ?? 0) / employees.length).toBeLessThan(0.45);
    expect(counts.KURANG_OPTIMAL ?? 0).toBeGreaterThan(0);
  });

  it('has nobody serving past the retirement age of their post', async () => {
    const positions = new Map(
      (await subgraph.dataSource.getRepository(Position).find()).map((position) => [position.id, position]),
    );
    for (const employee of employees) {
      const position = positions.get(employee.positionId)!;
      const retires = retirementDate(
        deriveFromNip(employee.nip).birthDate,
        retirementAge(position.kind, position.functionalLevel),
      );
      expect(retires > TODAY, `employee ${employee.id} retired on ${retires}`).toBe(true);
    }
  });

  it('keeps the employee record equal to the latest history entries', async () => {
    const repository = (entity: typeof RankHistory | typeof PositionHistory | typeof PerformanceRating) =>
      subgraph.dataSource.getRepository(entity as never);
    const ranks = (await repository(RankHistory).find({ order: { tmt: 'ASC' } })) as RankHistory[];
    const posts = (await repository(PositionHistory).find({ order: { fromDate: 'ASC' } })) as PositionHistory[];
    const ratings = (await repository(PerformanceRating).find({ order: { year: 'ASC' } })) as PerformanceRating[];
    const last = <T extends { employeeId: number }>(rows: T[]) => new Map(rows.map((row) => [row.employeeId, row]));
    const [rankOf, postOf, ratingOf] = [last(ranks), last(posts), last(ratings)];
    for (const employee of employees) {
      const { birthDate, appointmentYear } = deriveFromNumber(employee.nip, employee.employeeType);
      expect(rankOf.get(employee.id)?.rank).toBe(employee.golonganRank);
      expect(postOf.get(employee.id)).toMatchObject({ positionId: employee.positionId, toDate: null });
      expect(postOf.get(employee.id)?.fromDate).toBe(employee.positionSince);
      expect(ratingOf.get(employee.id)?.predikat ?? null).toBe(employee.performancePredikat);
      // Every rank and post after appointment, at 18 or older.
      for (const rank of ranks.filter((r) => r.employeeId === employee.id)) {
        expect(Number(rank.tmt.slice(0, 4))).toBeGreaterThanOrEqual(appointmentYear);
        expect(rank.tmt > birthDate).toBe(true);
      }
      if (employee.employeeType === 'PPPK') expect(appointmentYear).toBeGreaterThanOrEqual(2019);
    }
  });
});
