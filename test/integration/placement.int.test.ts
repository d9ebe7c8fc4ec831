// Placements on the real databases: the demo seed's placements, a placement entered from papers taken through
// approval to its closing report, whose JP land in the year of its last day and whose target becomes evidence, and
// a refusal that writes nothing. The training subgraph in process, as the gateway would call it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { asRole } from '@asn/common/testing';
import type { DataSource } from 'typeorm';
import { DATABASES } from '../support/test-config.js';
import { startTrainingInProcess, type InProcessResult } from '../support/training-in-process.js';

const ADMIN = asRole('ADMIN', { userId: 'admin.ambon', agencyId: 1, vouched: true });
/** kabid.aplikasi.ambon: employee 4, heading unit 6. */
const MANAGER = asRole('MANAGER', {
  userId: 'kabid.aplikasi.ambon',
  agencyId: 1,
  employeeId: 4,
  unitIds: [6],
  employeeIds: [14, 15, 16, 19, 20, 21, 65, 75],
});
type Standing = { jp: { earned: number }; last: { earned: number }; trainingEvidence: unknown[] };

describe.each(DATABASES)('placements on %s', (database) => {
  let dataSource: DataSource;
  let execute: (query: string, variables: Record<string, unknown>, identity?: Identity) => Promise<InProcessResult>;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const training = await startTrainingInProcess(database, 'place');
    dataSource = training.dataSource;
    execute = (query, variables, identity = ADMIN) => training.execute(query, variables, identity);
    stop = training.stop;
  });
  afterAll(() => stop?.());

  const count = async (table: string) =>
    Number((await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n as number | string);
  const standing = async (): Promise<Standing> => {
    const result = await execute(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Employee {
         jp(year: 2026) { earned } last: jp(year: 2025) { earned }
         trainingEvidence { level date competency { id } placement { id } } } } }`,
      { representations: [{ __typename: 'Employee', id: '15', employeeType: 'PNS' }] },
    );
    expect(result.errors).toBeUndefined();
    return (result.data!._entities as Standing[])[0]!;
  };

  it('seeds five placements per agency, every status, with their target competencies', async () => {
    const rows: { status: string; n: number | string }[] = await dataSource.query(
      'SELECT status, COUNT(*) AS n FROM placement GROUP BY status ORDER BY status',
    );
    expect(rows.map((row) => [row.status, Number(row.n)])).toEqual([
      ['APPROVED', 4],
      ['COMPLETED', 8],
      ['PROPOSED', 4],
      ['REJECTED', 4],
    ]);
    // 2 + 2 + 1 + 2 + 1 targets per agency.
    expect(await count('placement_competency')).toBe(32);
  });

  it('takes a placement from papers to its closing report: 32 JP in 2026, evidence at the target level', async () => {
    const before = await standing();
    const proposed = await execute(
      `mutation ($input: ProposePlacementInput!) { proposePlacement(input: $input) { id status } }`,
      {
        input: {
          employeeId: '15',
          kind: 'DETASERING',
          hostOrganisation: 'Biro Pengadaan Setda Provinsi Maluku',
          supervisorName: 'Drs. Yusuf Rahman',
          startsOn: '2025-12-15',
          endsOn: '2026-01-10',
          jp: 32,
          goals: 'Mendampingi tim pengadaan provinsi.',
          competencies: [{ competencyId: '12', targetLevel: 3 }],
        },
      },
    );
    expect(proposed.errors).toBeUndefined();
    const id = (proposed.data!.proposePlacement as { id: string }).id;
    const approved = await execute(
      `mutation ($input: DecidePlacementInput!) { approvePlacement(input: $input) { status } }`,
      { input: { id } },
      MANAGER,
    );
    expect(approved.data).toEqual({ approvePlacement: { status: 'APPROVED' } });
    const completed = await execute(
      `mutation ($input: CompletePlacementInput!) { completePlacement(input: $input) { status hostAssessment } }`,
      { input: { id, report: 'Paket pengadaan selesai didampingi.', hostAssessment: 'CUKUP' } },
    );
    expect(completed.data).toEqual({ completePlacement: { status: 'COMPLETED', hostAssessment: 'CUKUP' } });
    const after = await standing();
    expect(after.jp.earned - before.jp.earned).toBe(32);
    expect(after.last.earned).toBe(before.last.earned);
    expect(after.trainingEvidence).toContainEqual({
      level: 3,
      date: '2026-01-10',
      competency: { id: '12' },
      placement: { id },
    });
    expect(after.trainingEvidence.length - before.trainingEvidence.length).toBe(1);
  });

  it('refuses a placement ending before it starts and writes nothing', async () => {
    const [placements, targets] = [await count('placement'), await count('placement_competency')];
    const refused = await execute(
      `mutation ($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
      {
        input: {
          employeeId: '16',
          kind: 'MAGANG',
          hostOrganisation: 'RSUD dr. M. Haulussy Ambon',
          supervisorName: 'Dr. Maria Latuconsina',
          startsOn: '2026-03-10',
          endsOn: '2026-03-09',
          jp: 16,
          goals: 'Uji',
          competencies: [{ competencyId: '13', targetLevel: 2 }],
        },
      },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.endsOn',
      reason: 'DATES_INVALID',
    });
    expect([await count('placement'), await count('placement_competency')]).toEqual([placements, targets]);
  });
});
