import type { Identity } from '@asn/common';
import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { AS, createSeededPersonnel, snapshot } from '../testing/identities.js';

const CREATE = `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) {
  id nip name golongan pangkat birthDate gender appointmentMonth version position { id } unit { id } manager { id } } }`;
const UPDATE = `mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id version golongan manager { id } } }`;

/** A valid new Pranata Komputer Ahli Pertama in Bidang Aplikasi Informatika of Ambon, reporting to employee 4. */
const VALID = {
  nip: '19990412 202403 2 901',
  name: 'Febriyanti Latupeirissa, S.Kom.',
  golongan: 'III_A',
  education: 'S1',
  positionId: '7',
  unitId: '6',
  managerId: '4',
  positionSince: '2024-03-01',
};

describe('createEmployee and updateEmployee', () => {
  let subgraph: TestSubgraph;
  let before: string;
  const tables = ['employee'];
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  beforeEach(async () => {
    before = await snapshot(subgraph, tables);
  });
  afterAll(() => subgraph.stop());

  async function expectRefused(
    query: string,
    input: Record<string, unknown>,
    expected: Record<string, unknown>,
    identity: Identity = AS.admin,
  ) {
    const result = await subgraph.execute(query, { input }, { identity });
    expect(result.errors?.[0]?.extensions).toMatchObject(expected);
    expect(await snapshot(subgraph, tables)).toBe(before);
  }

  it.each([
    ['not 18 digits', { nip: '1999041220240329' }, 'input.nip', 'NIP_FORMAT'],
    ['a birth date that is no date', { nip: '199902302024032901' }, 'input.nip', 'NIP_BIRTH_DATE'],
    ['a woman\'s "+40" birth day', { nip: '199904522024032901' }, 'input.nip', 'NIP_BIRTH_DATE'],
    ['appointment month 13', { nip: '199904122024132901' }, 'input.nip', 'NIP_APPOINTMENT_MONTH'],
    ['appointment before 18', { nip: '199904122017032901' }, 'input.nip', 'NIP_APPOINTMENT_BEFORE_18'],
    ['appointment after this month', { nip: '199904122026122901' }, 'input.nip', 'NIP_APPOINTMENT_IN_FUTURE'],
    ['gender digit 3', { nip: '199904122024033901' }, 'input.nip', 'NIP_GENDER'],
    ['sequence 000', { nip: '199904122024032000' }, 'input.nip', 'NIP_SEQUENCE'],
    ['an empty name', { name: '   ' }, 'input.name', 'NAME_REQUIRED'],
    ['an unknown unit', { unitId: '999' }, 'input.unitId', 'UNIT_NOT_FOUND'],
    ['a position of another agency', { positionId: '19' }, 'input.positionId', 'OTHER_AGENCY'],
    ['golongan below the position minimum', { golongan: 'II_D' }, 'input.golongan', 'GOLONGAN_BELOW_POSITION_MINIMUM'],
    [
      'education below the position minimum',
      { education: 'D3' },
      'input.education',
      'EDUCATION_BELOW_POSITION_MINIMUM',
    ],
    ['a position date in the future', { positionSince: '2026-11-26' }, 'input.positionSince', 'DATE_IN_FUTURE'],
    ['a potential score over 100', { potentialScore: 101 }, 'input.potentialScore', 'SCORE_OUT_OF_RANGE'],
    ['an unknown manager', { managerId: '999' }, 'input.managerId', 'EMPLOYEE_NOT_FOUND'],
    ['a manager of another agency', { managerId: '80' }, 'input.managerId', 'OTHER_AGENCY'],
  ])('refuses %s with BAD_USER_INPUT on the field, writing nothing', async (_rule, change, field, reason) => {
    await expectRefused(CREATE, { ...VALID, ...change }, { code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses a NIP already registered (spaces and dots ignored)', async () => {
    const taken = await subgraph.execute<{ employee: { nip: string } }>('{ employee(id: "1") { nip } }');
    const nip = taken.data!.employee.nip;
    await expectRefused(
      CREATE,
      { ...VALID, nip: `${nip.slice(0, 8)}.${nip.slice(8)}` },
      { field: 'input.nip', reason: 'NIP_TAKEN' },
    );
  });

  it('answers in Indonesian when the request prefers it', async () => {
    const result = await subgraph.execute(CREATE, { input: { ...VALID, golongan: 'II_D' } }, { language: 'id' });
    expect(result.errors?.[0]?.message).toBe('Golongan II/d di bawah golongan minimal jabatan ini (III/a).');
    const english = await subgraph.execute(CREATE, { input: { ...VALID, golongan: 'II_D' } });
    expect(english.errors?.[0]?.message).toBe('Golongan II/d is below the minimum for this position (III/a).');
  });

  it.each([
    ['an ASN', AS.asn, 'FORBIDDEN'],
    ['a manager', AS.manager, 'FORBIDDEN'],
    ['an admin of another agency', AS.adminMamuju, 'FORBIDDEN'],
    ['an API key', AS.keyPii, 'FORBIDDEN'],
    ['anonymous', AS.anonymous, 'UNAUTHENTICATED'],
  ] as const)('refuses %s', async (_who, identity, code) => {
    await expectRefused(CREATE, VALID, { code }, identity);
  });

  it('creates a valid employee with what the NIP encodes, derived not typed', async () => {
    const result = await subgraph.execute<{ createEmployee: Record<string, unknown> }>(CREATE, { input: VALID });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createEmployee).toMatchObject({
      nip: '199904122024032901',
      birthDate: '1999-04-12',
      gender: 'FEMALE',
      appointmentMonth: '2024-03',
      pangkat: 'Penata Muda',
      version: 1,
      manager: { id: '4' },
    });
  });

  it('answers with the state after the write: the talent box follows a new potential score', async () => {
    const READ = `query { employee(id: "20") { version performancePredikat potentialScore } }`;
    const MOVE = `mutation ($input: UpdateEmployeeInput!) {
      updateEmployee(input: $input) { version potentialScore talentBox { box potensial } }
    }`;
    const start = (await subgraph.execute<{ employee: { version: number; performancePredikat: string } }>(READ)).data!
      .employee;
    expect(start.performancePredikat).not.toBeNull();
    let version = start.version;
    // Cut-offs 60 and 80 (the agency's settings): two decimals are kept and banded as given, never rounded.
    for (const [score, potensial] of [
      [90, 'TINGGI'],
      [30, 'RENDAH'],
      [59.99, 'RENDAH'],
      [60, 'MENENGAH'],
      [79.99, 'MENENGAH'],
      [80, 'TINGGI'],
      [65, 'MENENGAH'],
    ] as const) {
      const result = await subgraph.execute<{
        updateEmployee: { version: number; potentialScore: number; talentBox: { potensial: string } };
      }>(MOVE, { input: { id: '20', version, potentialScore: score } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateEmployee).toMatchObject({ potentialScore: score, talentBox: { potensial } });
      version = result.data!.updateEmployee.version;
    }
    before = await snapshot(subgraph, tables);
    await expectRefused(
      UPDATE,
      { id: '20', version, potentialScore: 59.995 },
      { code: 'BAD_USER_INPUT', field: 'input.potentialScore', reason: 'SCORE_TOO_PRECISE' },
    );
  });

  it('updates with the current version and increments it; a stale version is a CONFLICT', async () => {
    const updated = await subgraph.execute<{ updateEmployee: { version: number } }>(UPDATE, {
      input: { id: '14', version: 1, name: 'Ronald Tuhumury, S.T.' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateEmployee).toMatchObject({ version: 2 });
    before = await snapshot(subgraph, tables);
    await expectRefused(
      UPDATE,
      { id: '14', version: 1, name: 'Someone Else' },
      { code: 'CONFLICT', field: 'input.version' },
    );
  });

  it.each([
    ['golongan', { golongan: 'IV_E' }, 'recordRank'],
    ['predikat', { performancePredikat: 'KURANG' }, 'recordPerformanceRating'],
    ['education', { education: 'S3' }, 'recordEducation'],
    ['position', { positionId: '8' }, 'recordPosition'],
    ['unit', { unitId: '9' }, 'recordPosition'],
    ['position date', { positionSince: '2020-01-02' }, 'recordPosition'],
  ])(
    'refuses a new %s: it follows the histories, and the error names the mutation that records it',
    async (_f, change, mutation) => {
      const field = `input.${Object.keys(change)[0]}`;
      const result = await subgraph.execute(
        UPDATE,
        { input: { id: '15', version: 1, ...change } },
        { identity: AS.admin },
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason: 'HISTORY_OWNED_FIELD',
      });
      expect(result.errors?.[0]?.message).toContain(mutation);
      expect(await snapshot(subgraph, tables)).toBe(before);
    },
  );

  it('accepts the history-owned values sent back unchanged (a form that posts every field)', async () => {
    const READ = `{ employee(id: "16") { version golongan education performancePredikat positionSince position { id } unit { id } } }`;
    type Read = {
      employee: {
        version: number;
        golongan: string;
        education: string;
        performancePredikat: string | null;
        positionSince: string;
        position: { id: string };
        unit: { id: string };
      };
    };
    const start = (await subgraph.execute<Read>(READ)).data!.employee;
    const result = await subgraph.execute<{ updateEmployee: { version: number } }>(UPDATE, {
      input: {
        id: '16',
        version: start.version,
        golongan: start.golongan,
        education: start.education,
        performancePredikat: start.performancePredikat,
        positionSince: start.positionSince,
        positionId: start.position.id,
        unitId: start.unit.id,
        name: 'Nama Baru Uji',
      },
    });
    expect(result.errors).toBeUndefined();
    const after = (await subgraph.execute<Read>(READ)).data!.employee;
    expect(after).toEqual({ ...start, version: start.version + 1 });
  });

  it('refuses a manager that is the employee or would close a management cycle', async () => {
    await expectRefused(
      UPDATE,
      { id: '4', version: 1, managerId: '4' },
      { field: 'input.managerId', reason: 'MANAGER_SELF' },
    );
    // 14 reports to 4: making 14 the manager of 4 closes the loop.
    await expectRefused(
      UPDATE,
      { id: '4', version: 1, managerId: '14' },
      { field: 'input.managerId', reason: 'MANAGER_CYCLE' },
    );
    // 2 heads the Dinas that 4's Bidang belongs to: 4 -> 2 -> 1 is fine, 1 -> 4 is a cycle of three.
    await expectRefused(
      UPDATE,
      { id: '1', version: 1, managerId: '4' },
      { field: 'input.managerId', reason: 'MANAGER_CYCLE' },
    );
  });

  it('clears the manager with null', async () => {
    const result = await subgraph.execute<{ updateEmployee: { manager: null; version: number } }>(UPDATE, {
      input: { id: '15', version: 1, managerId: null },
    });
    expect(result.data!.updateEmployee).toMatchObject({ manager: null, version: 2 });
  });
});
