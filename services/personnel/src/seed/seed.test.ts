import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { createLogger } from '@asn/common';
import { Assessment } from '../entities/assessment.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { parseEmployeeNumber } from '../rules/ni-pppk.js';
import { AS, createSeededPersonnel, TODAY } from '../testing/identities.js';
import { DEMO_REASSESSMENTS } from './demo-reassessments.js';
import { seedPersonnel } from './seed.js';

describe('the demo seed', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it('creates the 300 employees of the contract, 75 per agency, all with valid unique NIPs', async () => {
    const employees = await subgraph.dataSource.getRepository(Employee).find({ order: { id: 'ASC' } });
    expect(employees.map((employee) => employee.id)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    for (const employee of employees) {
      expect(employee.agencyId).toBe(Math.ceil(employee.id / 75));
      expect(parseEmployeeNumber(employee.nip, employee.employeeType, TODAY)).toMatchObject({ ok: true });
    }
    expect(new Set(employees.map((employee) => employee.nip)).size).toBe(300);
    const pppk = employees.filter((employee) => employee.employeeType === 'PPPK').length;
    expect(pppk / 300).toBeGreaterThan(0.08);
    expect(pppk / 300).toBeLessThan(0.22);
  });

  it('puts employees 1-5 first in NIP order', async () => {
    const first = await subgraph.dataSource.getRepository(Employee).find({ order: { nip: 'ASC' }, take: 5 });
    expect(first.map((employee) => employee.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('is idempotent: a second run adds nothing', async () => {
    const before = await subgraph.dataSource.getRepository(Assessment).count();
    await seedPersonnel(subgraph.dataSource, createLogger('personnel', 'silent'));
    expect(await subgraph.dataSource.getRepository(Assessment).count()).toBe(before);
  });

  it('has the contract ids of agencies, units, positions and competencies', async () => {
    const result = await subgraph.execute<{
      units: { id: string; name: string; parent: { id: string } | null }[];
      position: { name: string; kind: string; functionalLevel: string | null };
      competencies: { id: string; code: string; levels: unknown[] }[];
    }>(
      `{ units(agencyId: "2") { id name parent { id } } position(id: "20") { name kind functionalLevel }
         competencies { id code levels { level } } }`,
      {},
      { identity: AS.anonymous },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.units.find((unit) => unit.id === '18')).toEqual({
      id: '18',
      name: 'Bidang Aplikasi Informatika',
      parent: { id: '16' },
    });
    expect(result.data!.position).toEqual({
      name: 'Pranata Komputer Ahli Muda',
      kind: 'FUNGSIONAL',
      functionalLevel: 'AHLI_MUDA',
    });
    expect(result.data!.competencies).toHaveLength(21);
    expect(result.data!.competencies[8]).toMatchObject({ id: '9', code: 'PB' });
    expect(result.data!.competencies.every((competency) => competency.levels.length === 5)).toBe(true);
  });

  it('gives every PNS a golongan at least their position minimum (a PPPK holds a grade)', async () => {
    const result = await subgraph.execute<{ employees: { totalCount: number } }>(
      '{ employees(first: 1) { totalCount } }',
      {},
      { identity: AS.system },
    );
    expect(result.data!.employees.totalCount).toBe(300);
    const rows = await subgraph.dataSource.query(
      "SELECT COUNT(*) AS n FROM employee e JOIN position p ON p.id = e.position_id WHERE e.golongan_rank < p.min_golongan_rank AND e.employee_type = 'PNS'",
    );
    expect(Number(rows[0].n)).toBe(0);
  });

  it('re-assesses a few competencies after a training, by the assessor who rated them before, mostly higher', async () => {
    const gains: number[] = [];
    for (const again of DEMO_REASSESSMENTS) {
      const history = await subgraph.dataSource.getRepository(Assessment).find({
        where: { employeeId: again.employeeId, competencyId: again.competencyId, source: again.source },
        order: { assessedOn: 'ASC' },
      });
      const [before, after] = history.slice(-2);
      expect(after).toMatchObject({ assessedOn: again.assessedOn, assessor: before!.assessor });
      gains.push(after!.level - before!.level);
    }
    // Five gains of one level and one level that stayed, each against the rating before by the same source.
    expect(gains.sort()).toEqual([0, 1, 1, 1, 1, 1]);
  });
});
