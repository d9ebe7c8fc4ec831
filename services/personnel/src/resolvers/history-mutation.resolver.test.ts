import type { Identity } from '@asn/common';
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { Employee } from '../entities/employee.entity.js';
import { AS, createSeededPersonnel, snapshot } from '../testing/identities.js';

const RATING = `mutation ($input: RecordPerformanceRatingInput!) { recordPerformanceRating(input: $input) { year predikat } }`;
const RANK = `mutation ($input: RecordRankInput!) { recordRank(input: $input) { tmt golongan pppkGrade decreeNumber } }`;
const POSITION = `mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { fromDate toDate position { id } } }`;
const EDUCATION = `mutation ($input: RecordEducationInput!) { recordEducation(input: $input) { level year } }`;
const HISTORIES = `query ($id: ID!) { employee(id: $id) { golongan pppkGrade education performancePredikat positionSince
  position { id } performanceRatings { year predikat } rankHistory { tmt golongan pppkGrade } positionHistory { fromDate toDate position { id } } } }`;

const TABLES = ['employee', 'performance_rating', 'rank_history', 'position_history', 'education_history'];

describe('recording personnel histories', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  const run = (query: string, input: Record<string, unknown>, identity: Identity = AS.admin) =>
    subgraph.execute<Record<string, unknown>>(query, { input }, { identity });
  const employee = (id: string) => subgraph.dataSource.getRepository(Employee).findOneByOrFail({ id: Number(id) });
  async function expectRefused(query: string, input: Record<string, unknown>, expected: Record<string, unknown>) {
    const before = await snapshot(subgraph, TABLES);
    const result = await run(query, input);
    expect(result.errors?.[0]?.extensions).toMatchObject(expected);
    expect(await snapshot(subgraph, TABLES)).toBe(before);
  }

  it('makes a later year’s predikat the employee’s current one, and keeps it when an earlier year is added', async () => {
    const version = (await employee('14')).version;
    const added = await run(RATING, { employeeId: '14', year: 2026, predikat: 'SANGAT_KURANG', ratedBy: 'Kabid' });
    expect(added.errors).toBeUndefined();
    expect(await employee('14')).toMatchObject({ performancePredikat: 'SANGAT_KURANG', version: version + 1 });
    const history = await subgraph.execute<{ employee: { performanceRatings: { year: number }[] } }>(
      HISTORIES,
      { id: '14' },
      { identity: AS.asn },
    );
    expect(history.data!.employee.performanceRatings[0]).toEqual({ year: 2026, predikat: 'SANGAT_KURANG' });
    const earlier = await run(RATING, { employeeId: '14', year: 2018, predikat: 'BAIK', ratedBy: 'Kabid' });
    expect(earlier.errors).toBeUndefined();
    expect((await employee('14')).performancePredikat).toBe('SANGAT_KURANG');
    await expectRefused(
      RATING,
      { employeeId: '14', year: 2026, predikat: 'BAIK', ratedBy: 'Kabid' },
      { code: 'BAD_USER_INPUT', field: 'input.year', reason: 'HISTORY_ENTRY_EXISTS' },
    );
    await expectRefused(
      RATING,
      { employeeId: '14', year: 2027, predikat: 'BAIK', ratedBy: 'Kabid' },
      { code: 'BAD_USER_INPUT', field: 'input.year', reason: 'DATE_IN_FUTURE' },
    );
  });

  it('makes the rank with the latest TMT the golongan; a PPPK takes a grade and no golongan', async () => {
    const added = await run(RANK, { employeeId: '14', golongan: 'III_B', tmt: '2026-10-01', decreeNumber: 'SK/1' });
    expect(added.data).toEqual({
      recordRank: { tmt: '2026-10-01', golongan: 'III_B', pppkGrade: null, decreeNumber: 'SK/1' },
    });
    expect((await employee('14')).golonganRank).toBe(10);
    await expectRefused(
      RANK,
      { employeeId: '14', pppkGrade: 9, tmt: '2026-10-02', decreeNumber: 'SK/2' },
      { field: 'input.golongan', reason: 'RANK_KIND_MISMATCH' },
    );
    const pppk = (await subgraph.dataSource.getRepository(Employee).findBy({ employeeType: 'PPPK', agencyId: 1 }))[0]!;
    await expectRefused(
      RANK,
      { employeeId: String(pppk.id), golongan: 'III_A', tmt: '2026-10-01', decreeNumber: 'SK/3' },
      { field: 'input.pppkGrade', reason: 'RANK_KIND_MISMATCH' },
    );
    const grade = await run(RANK, {
      employeeId: String(pppk.id),
      pppkGrade: 11,
      tmt: '2026-11-01',
      decreeNumber: 'SK/4',
    });
    expect(grade.data).toEqual({
      recordRank: { tmt: '2026-11-01', golongan: null, pppkGrade: 'XI', decreeNumber: 'SK/4' },
    });
    await expectRefused(
      RANK,
      { employeeId: '14', golongan: 'III_C', tmt: '1990-01-01', decreeNumber: 'SK/5' },
      { field: 'input.tmt', reason: 'DATE_BEFORE_APPOINTMENT' },
    );
  });

  it('opens a new current post, closing the previous one that day, and refuses overlaps', async () => {
    const before = await employee('15');
    // Ahli Muda asks III/c of whoever takes it up.
    await run(RANK, { employeeId: '15', golongan: 'III_C', tmt: '2026-11-01', decreeNumber: 'SK/15' });
    const added = await run(POSITION, { employeeId: '15', positionId: '8', fromDate: '2026-11-02' });
    expect(added.data).toEqual({ recordPosition: { fromDate: '2026-11-02', toDate: null, position: { id: '8' } } });
    expect(await employee('15')).toMatchObject({ positionId: 8, positionSince: '2026-11-02' });
    const history = await subgraph.execute<{
      employee: { positionHistory: { fromDate: string; toDate: string | null }[] };
    }>(HISTORIES, { id: '15' }, { identity: AS.admin });
    expect(history.data!.employee.positionHistory.slice(0, 2)).toEqual([
      { fromDate: '2026-11-02', toDate: null, position: { id: '8' } },
      { fromDate: before.positionSince, toDate: '2026-11-02', position: { id: String(before.positionId) } },
    ]);
    await expectRefused(
      POSITION,
      { employeeId: '15', positionId: '7', fromDate: '2026-11-01' },
      { field: 'input.fromDate', reason: 'POSITION_OVERLAP' },
    );
    await expectRefused(
      POSITION,
      { employeeId: '15', positionId: '61', fromDate: '2026-11-20' },
      { field: 'input.positionId', reason: 'POSITION_NOT_FOUND' },
    );
  });

  it('raises the education to the highest level recorded', async () => {
    const result = await run(EDUCATION, {
      employeeId: '14',
      level: 'S3',
      field: 'Ilmu Komputer',
      institution: 'Universitas Pattimura',
      year: 2026,
    });
    expect(result.errors).toBeUndefined();
    expect((await employee('14')).education).toBe('S3');
  });

  it('lets only an administrator of the agency record, and the employee, manager and pii keys read', async () => {
    for (const identity of [AS.asn, AS.manager, AS.adminMamuju, AS.keyPii] as Identity[]) {
      const result = await run(RATING, { employeeId: '14', year: 2020, predikat: 'BAIK', ratedBy: 'X' }, identity);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const identity of [AS.asn, AS.manager, AS.keyPii] as Identity[]) {
      const result = await subgraph.execute<{ employee: { rankHistory: unknown[] } }>(
        HISTORIES,
        { id: '14' },
        { identity },
      );
      expect(result.data!.employee.rankHistory.length).toBeGreaterThan(0);
    }
    const directory = await subgraph.execute<{ employee: { rankHistory: unknown } }>(
      HISTORIES,
      { id: '14' },
      { identity: AS.keyDirectory },
    );
    expect(directory.data!.employee.rankHistory).toBeNull();
  });
});
