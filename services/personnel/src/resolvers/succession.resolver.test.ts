import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { asApiKey, asRole, type TestSubgraph } from '@asn/common/testing';
import { AS, createSeededPersonnel } from '../testing/identities.js';

const PLAN = `query ($agencyId: ID!, $unitId: ID) { successionPlan(agencyId: $agencyId, unitId: $unitId) {
  today retirementHorizonYears poolSize withoutReadySuccessor
  positions { position { id kind } hasReadySuccessor
    holders { employee { id } retiresOn retiresSoon }
    candidates { employee { id } talentBox { box } readiness option { positionId eligibleOn }
      blockers { kind required actual metOn undatable } } } } }`;

interface Plan {
  today: string;
  retirementHorizonYears: number;
  poolSize: number;
  withoutReadySuccessor: number;
  positions: {
    position: { id: string; kind: string };
    hasReadySuccessor: boolean;
    holders: { employee: { id: string }; retiresOn: string; retiresSoon: boolean }[];
    candidates: {
      employee: { id: string };
      talentBox: { box: number };
      readiness: string;
      option: { positionId: string; eligibleOn: string | null };
      blockers: { kind: string; required: string; actual: string; metOn: string | null; undatable: string | null }[];
    }[];
  }[];
}

/** Head of Dinas Kominfo of Ambon (employee 2): unit 4 and its sub-units 5, 6, 7. */
const KADIS = asRole('MANAGER', { userId: 'u-kadis', agencyId: 1, employeeId: 2, unitIds: [4, 5, 6, 7] });

describe('Query.successionPlan', () => {
  let subgraph: TestSubgraph;
  const plan = async (variables: Record<string, unknown>, identity: Identity = AS.admin) => {
    const result = await subgraph.execute<{ successionPlan: Plan }>(PLAN, variables, { identity });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.successionPlan;
  };
  const refusal = async (variables: Record<string, unknown>, identity: Identity) => {
    const result = await subgraph.execute(PLAN, variables, { identity });
    expect(result.data).toBeNull();
    return result.errors![0]!.extensions as { code: string; field?: string };
  };
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it("lists Ambon's key positions, JPT Pratama first, and flags those with no ready successor", async () => {
    const result = await plan({ agencyId: '1' });
    expect(result).toMatchObject({ today: '2026-11-25', retirementHorizonYears: 2, poolSize: 31 });
    expect(result.positions.map((row) => [row.position.id, row.position.kind, row.hasReadySuccessor])).toEqual([
      ['54', 'JPT_PRATAMA', false],
      ['51', 'JPT_PRATAMA', false],
      ['2', 'JPT_PRATAMA', false],
      ['53', 'JPT_PRATAMA', false],
      ['1', 'JPT_PRATAMA', true],
      ['49', 'ADMINISTRATOR', false],
      ['4', 'ADMINISTRATOR', true],
      ['50', 'ADMINISTRATOR', true],
      ['55', 'ADMINISTRATOR', true],
      ['3', 'ADMINISTRATOR', false],
    ]);
    expect(result.withoutReadySuccessor).toBe(6);
    // Only boxes 7-9 are candidates.
    const boxes = result.positions.flatMap((row) => row.candidates.map((candidate) => candidate.talentBox.box));
    expect(new Set(boxes)).toEqual(new Set([7, 8, 9]));
  });

  it('groups the candidates of Kepala Bidang Aplikasi Informatika by readiness, with what blocks them (worked by hand)', async () => {
    const row = (await plan({ agencyId: '1' })).positions.find((each) => each.position.id === '4')!;
    // Holder: employee 4, NIP 19690225…: born 1969-02-25, Administrator retires at 58 → 2027-02-25, within 2 years.
    expect(row.holders).toEqual([{ employee: { id: '4' }, retiresOn: '2027-02-25', retiresSoon: true }]);
    const summary = row.candidates.map((candidate) => [candidate.employee.id, candidate.readiness]);
    expect(summary).toEqual([
      ['20', 'READY_NOW'],
      ['21', 'WITHIN_2_YEARS'],
      ['68', 'LATER'],
      ['59', 'LATER'],
      ['73', 'BLOCKED'],
      ['64', 'BLOCKED'],
    ]);
    const [fatma, merry] = row.candidates;
    // Employee 20: III/c, due for III/d today, so nothing stands in the way any more.
    expect(fatma!.blockers).toEqual([]);
    // Employee 21: in post since 2024-08-01; 3 years as Ahli Muda met on 2027-08-01, 8 months away.
    expect(merry!.option.eligibleOn).toBe('2027-08-01');
    expect(merry!.blockers).toEqual([
      { kind: 'YEARS_IN_POSITION', required: '3 years', actual: '2 years', metOn: '2027-08-01', undatable: null },
    ]);
    // Employee 73: SMA, an Administrator needs S1, which no record can date.
    const blocked = row.candidates.find((candidate) => candidate.employee.id === '73')!;
    expect(blocked.option.eligibleOn).toBeNull();
    expect(blocked.blockers.find((blocker) => blocker.kind === 'EDUCATION')).toMatchObject({
      required: 'S1',
      actual: 'SMA',
      metOn: null,
      undatable: 'EDUCATION_NOT_FORESEEABLE',
    });
  });

  it("shows a unit's head the key posts of their subtree, with candidates from their own people only", async () => {
    const result = await plan({ agencyId: '1', unitId: '4' }, KADIS);
    expect(result.positions.map((row) => row.position.id)).toEqual(['2', '4', '50', '3']);
    // Kadis (employee 2): born 1967-08-01, JPT Pratama retires at 60 → 2027-08-01.
    expect(result.positions[0]!.holders).toEqual([
      { employee: { id: '2' }, retiresOn: '2027-08-01', retiresSoon: true },
    ]);
    const candidates = result.positions.flatMap((row) => row.candidates.map((candidate) => candidate.employee.id));
    // Employees 73 and 64 of BKPSDM, and 25-27 of the Sekretariat, are in the agency's pool but not this unit's.
    expect(candidates).not.toContain('73');
    expect(candidates).not.toContain('25');
    expect(candidates).toContain('20');
  });

  it('gives every demo agency a believable picture: posts with a ready successor, posts with none, and people on the way', async () => {
    for (const agencyId of [1, 2, 3, 4]) {
      const admin = asRole('ADMIN', { userId: `u-admin-${agencyId}`, agencyId });
      const result = await plan({ agencyId: String(agencyId) }, admin);
      const readiness = new Set(result.positions.flatMap((row) => row.candidates.map((each) => each.readiness)));
      expect(result.withoutReadySuccessor, `agency ${agencyId}`).toBeGreaterThan(0);
      expect(result.withoutReadySuccessor, `agency ${agencyId}`).toBeLessThan(result.positions.length);
      expect([...readiness].sort(), `agency ${agencyId}`).toEqual(expect.arrayContaining(['LATER', 'READY_NOW']));
      expect(
        result.positions.every((row) => row.holders.length === 1),
        `agency ${agencyId}`,
      ).toBe(true);
    }
  });

  it("flags holders by the agency's own horizon, which its administrator sets (1-10 years)", async () => {
    const UPDATE = `mutation ($input: AgencySettingsInput!) { updateAgencySettings(input: $input) { retirementHorizonYears } }`;
    const input = { jpmFormula: 'BKN', assessmentValidityYears: 3, potentialMenengahFrom: 60, potentialTinggiFrom: 80 };
    const refused = await subgraph.execute(
      UPDATE,
      { input: { ...input, retirementHorizonYears: 11 } },
      { identity: AS.admin },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.retirementHorizonYears',
    });
    const kept = await subgraph.execute(UPDATE, { input }, { identity: AS.admin });
    expect(kept.data).toEqual({ updateAgencySettings: { retirementHorizonYears: 2 } });
    try {
      await subgraph.execute(UPDATE, { input: { ...input, retirementHorizonYears: 9 } }, { identity: AS.admin });
      const result = await plan({ agencyId: '1' });
      expect(result.retirementHorizonYears).toBe(9);
      // Kepala Bidang Pengembangan Kompetensi retires 2029-01-21: outside 2 years, inside 9.
      expect(result.positions.find((row) => row.position.id === '55')!.holders[0]).toMatchObject({
        retiresOn: '2029-01-21',
        retiresSoon: true,
      });
    } finally {
      await subgraph.execute(UPDATE, { input: { ...input, retirementHorizonYears: 2 } }, { identity: AS.admin });
    }
  });

  it('refuses another agency, an ASN, a directory key, and a manager outside their units', async () => {
    expect((await refusal({ agencyId: '1' }, AS.adminMamuju)).code).toBe('FORBIDDEN');
    expect((await refusal({ agencyId: '1' }, AS.asn)).code).toBe('FORBIDDEN');
    expect((await refusal({ agencyId: '1' }, AS.keyDirectory)).code).toBe('FORBIDDEN');
    expect((await refusal({ agencyId: '1' }, AS.manager)).code).toBe('FORBIDDEN');
    expect((await refusal({ agencyId: '1', unitId: '4' }, AS.manager)).code).toBe('FORBIDDEN');
    expect((await refusal({ agencyId: '1' }, asApiKey(2, ['personnel:read', 'pii:read'], 'k3'))).code).toBe(
      'FORBIDDEN',
    );
    expect((await plan({ agencyId: '1' }, AS.keyPii)).positions).toHaveLength(10);
    expect((await plan({ agencyId: '1', unitId: '6' }, AS.manager)).positions.map((row) => row.position.id)).toEqual([
      '4',
    ]);
  });

  it('rejects an unknown agency, and a unit of another agency, naming the field', async () => {
    expect(await refusal({ agencyId: '999' }, AS.admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
    expect(await refusal({ agencyId: '1', unitId: '13' }, AS.admin)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'unitId',
    });
    expect(await refusal({ agencyId: 'x' }, AS.admin)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
  });
});
