// Cooperation agreements on the real databases: the demo seed shows each status, an agreement entered from papers
// moves from unused to active with an activity and to lapsed when ended (each write audited), bad input writes
// nothing, another agency's administrator is refused, and the list's SQL statements do not grow with its rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { asRole } from '@asn/common/testing';
import type { DataSource } from 'typeorm';
import { DATABASES } from '../support/test-config.js';
import { startTrainingInProcess, type TrainingInProcess } from '../support/training-in-process.js';

const ADMIN = asRole('ADMIN', { userId: 'admin.ambon', agencyId: 1, vouched: true });
const OTHER_ADMIN = asRole('ADMIN', { userId: 'admin.mamuju', agencyId: 2, vouched: true });
const LIST = `query { partnerships { id partnerName status lastActivityOn participants provider { name }
  activities { kind participants placement { id hostOrganisation } } } }`;
const SAVE = `mutation ($input: PartnershipInput!) { savePartnership(input: $input) { id status endedOn } }`;
const RECORD = `mutation ($input: PartnershipActivityInput!) { recordPartnershipActivity(input: $input) { id } }`;
const END = `mutation ($input: EndPartnershipInput!) { endPartnership(input: $input) { id status endedOn } }`;

type Row = {
  id: string;
  partnerName: string;
  status: string;
  participants: number;
  provider: { name: string } | null;
  activities: { kind: string; placement: { hostOrganisation: string } | null }[];
};

function daysFrom(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe.each(DATABASES)('partnerships on %s', (database) => {
  let training: TrainingInProcess;
  let dataSource: DataSource;
  const today = new Date().toISOString().slice(0, 10);
  const execute = (query: string, variables: Record<string, unknown> = {}, identity: Identity = ADMIN) =>
    training.execute(query, variables, identity);
  const count = async (table: string) =>
    Number((await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n as number | string);
  const agreement = (extra: Record<string, unknown> = {}) => ({
    partnerName: 'Institut Agama Islam Negeri Ambon',
    partnerKind: 'UNIVERSITY',
    agreementKind: 'PKS',
    documentNumber: `PKS/${Math.random().toString(36).slice(2, 8)}`,
    scope: 'Kuliah umum moderasi beragama bagi ASN.',
    startsOn: daysFrom(today, -400),
    endsOn: daysFrom(today, 700),
    contactName: 'Dr. Abdul Manaf Tubaka',
    ...extra,
  });

  beforeAll(async () => {
    training = await startTrainingInProcess(database, 'partner');
    dataSource = training.dataSource;
  });
  afterAll(() => training?.stop());

  it('seeds four agreements per agency, one in each status, linked to the catalog and a placement', async () => {
    const result = await execute(LIST);
    expect(result.errors).toBeUndefined();
    const rows = result.data!.partnerships as Row[];
    expect(rows.map((row) => [row.partnerName, row.status])).toEqual([
      ['RSUD dr. M. Haulussy Ambon', 'LAPSED'],
      ['BPSDM Provinsi Maluku', 'LAPSING'],
      ['Universitas Pattimura', 'ACTIVE'],
      ['Politeknik Negeri Ambon', 'UNUSED'],
    ]);
    const university = rows[2]!;
    expect(university.provider).toEqual({ name: 'Universitas Pattimura' });
    expect(university.participants).toBe(64);
    expect(university.activities.find((a) => a.kind === 'INTERNSHIP')?.placement?.hostOrganisation).toBe(
      'Universitas Pattimura',
    );
  });

  it('takes an agreement from papers through unused, active and lapsed, auditing each write', async () => {
    const audited = await count('audit_log');
    const created = await execute(SAVE, { input: agreement() });
    expect(created.errors).toBeUndefined();
    const { id, status } = created.data!.savePartnership as { id: string; status: string };
    expect(status).toBe('UNUSED');
    const recorded = await execute(RECORD, {
      input: { partnershipId: id, kind: 'PUBLIC_LECTURE', title: 'Moderasi beragama', heldOn: today, participants: 40 },
    });
    expect(recorded.errors).toBeUndefined();
    const edited = await execute(SAVE, { input: agreement({ id, endsOn: daysFrom(today, 30) }) });
    expect(edited.data!.savePartnership).toMatchObject({ status: 'LAPSING' });
    const ended = await execute(END, { input: { id, endedOn: daysFrom(today, -1) } });
    expect(ended.data!.endPartnership).toEqual({ id, status: 'LAPSED', endedOn: daysFrom(today, -1) });
    expect(await count('audit_log')).toBe(audited + 4);
  });

  it('takes the agency’s own windows from its settings, within their ranges', async () => {
    const SET_WINDOWS = `mutation ($input: JpSettingsInput!) { setJpSettings(input: $input) {
      partnershipLapsingDays partnershipUnusedMonths } }`;
    const windows = (partnershipLapsingDays: number, partnershipUnusedMonths: number) =>
      execute(SET_WINDOWS, {
        input: { jpTarget: 20, pppkJpCap: 24, postTestPassScore: 70, partnershipLapsingDays, partnershipUnusedMonths },
      });
    // Signed 400 days ago, nothing done under it, ends in 60 days: lapsing by the default 90 days.
    const created = await execute(SAVE, { input: agreement({ endsOn: daysFrom(today, 60) }) });
    const { id } = created.data!.savePartnership as { id: string };
    const statusOf = async () =>
      ((await execute(LIST)).data!.partnerships as Row[]).find((row) => row.id === id)!.status;
    expect(await statusOf()).toBe('LAPSING');
    const refused = await windows(366, 6);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.partnershipLapsingDays',
    });
    expect(await statusOf()).toBe('LAPSING');
    // 30 days: not lapsing yet, and unused (no activity in 6 months); 24 months: it has not run that long.
    expect((await windows(30, 6)).data!.setJpSettings).toEqual({
      partnershipLapsingDays: 30,
      partnershipUnusedMonths: 6,
    });
    expect(await statusOf()).toBe('UNUSED');
    await windows(30, 24);
    expect(await statusOf()).toBe('ACTIVE');
    await windows(90, 6);
    expect(await statusOf()).toBe('LAPSING');
  });

  it('refuses bad input and another agency’s administrator, writing nothing', async () => {
    const before = [await count('partnership'), await count('partnership_activity')];
    const backwards = await execute(SAVE, {
      input: agreement({ startsOn: today, endsOn: daysFrom(today, -1) }),
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.endsOn',
      reason: 'DATES_INVALID',
    });
    const [first] = (await execute(LIST)).data!.partnerships as Row[];
    const outside = await execute(RECORD, {
      input: { partnershipId: first!.id, kind: 'TRAINING', title: 'Uji', heldOn: today, participants: 3 },
    });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.heldOn' });
    const foreign = await execute(END, { input: { id: first!.id } }, OTHER_ADMIN);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const asn = await execute(LIST, {}, asRole('ASN', { agencyId: 1, employeeId: 14 }));
    expect(asn.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect([await count('partnership'), await count('partnership_activity')]).toEqual(before);
  });

  it('lists agreements in the same SQL statements however many rows and activities', async () => {
    const statementsOf = async (identity: Identity) => {
      const start = training.counter.statements;
      const result = await execute(LIST, {}, identity);
      expect(result.errors).toBeUndefined();
      return { rows: (result.data!.partnerships as Row[]).length, statements: training.counter.statements - start };
    };
    const few = await statementsOf(OTHER_ADMIN);
    for (let i = 0; i < 6; i += 1) {
      const saved = await execute(SAVE, { input: agreement() }, OTHER_ADMIN);
      const id = (saved.data!.savePartnership as { id: string }).id;
      await execute(
        RECORD,
        { input: { partnershipId: id, kind: 'TRAINING', title: `Pelatihan ${i}`, heldOn: today, participants: 5 } },
        OTHER_ADMIN,
      );
    }
    const many = await statementsOf(OTHER_ADMIN);
    console.info(
      `partnerships on ${database}: ${few.rows} rows ${few.statements} statements, ${many.rows} rows ${many.statements}`,
    );
    expect(many.rows).toBe(few.rows + 6);
    expect(many.statements).toBe(few.statements);
  });
});
