import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { AS, createSeededPersonnel, snapshot } from '../testing/identities.js';

const RECORD = `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) {
  id level source assessedOn assessor stale competency { code } } }`;
const IMPORT = 'mutation ($input: ImportAssessmentsInput!) { importAssessments(input: $input) { imported employees } }';
const IMPORT_PREVIEW =
  'mutation ($input: ImportAssessmentsInput!) { importAssessments(input: $input) { imported employees dryRun } }';
const LEVELS = `query ($id: ID!) { employee(id: $id) { currentLevels { competencyId level source assessedOn stale }
  assessments(competencyId: "1") { level source assessedOn } } }`;

describe('recording and importing assessments', () => {
  let subgraph: TestSubgraph;
  let before: string;
  let nipOf: (id: string) => Promise<string>;
  const tables = ['assessment'];
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
    nipOf = async (id) =>
      (
        await subgraph.execute<{ employee: { nip: string } }>(
          'query ($id: ID!) { employee(id: $id) { nip } }',
          { id },
          // Employees 76-150 are Mamuju's: each NIP is read by an administrator of its own agency.
          { identity: Number(id) > 75 ? AS.adminMamuju : AS.admin },
        )
      ).data!.employee.nip;
  });
  beforeEach(async () => {
    before = await snapshot(subgraph, tables);
  });
  afterAll(() => subgraph.stop());

  const levelOf = async (employeeId: string, competencyId: string) => {
    const result = await subgraph.execute<{
      employee: { currentLevels: { competencyId: string; level: number; source: string }[] };
    }>(LEVELS, { id: employeeId });
    return result.data!.employee.currentLevels.find((level) => level.competencyId === competencyId);
  };

  it('keeps history, and the current level follows source authority, then date', async () => {
    const base = { employeeId: '60', competencyId: '1', assessedOn: '2026-10-01' };
    await subgraph.execute(RECORD, {
      input: { ...base, level: 2, source: 'ASSESSMENT_CENTER', assessedOn: '2026-01-05' },
    });
    await subgraph.execute(RECORD, { input: { ...base, level: 4, source: 'MANAGER' } });
    expect(await levelOf('60', '1')).toMatchObject({ level: 2, source: 'ASSESSMENT_CENTER' });
    await subgraph.execute(RECORD, {
      input: { ...base, level: 3, source: 'ASSESSMENT_CENTER', assessedOn: '2026-11-01' },
    });
    expect(await levelOf('60', '1')).toMatchObject({ level: 3, source: 'ASSESSMENT_CENTER' });
    const history = await subgraph.execute<{ employee: { assessments: unknown[] } }>(LEVELS, { id: '60' });
    expect(history.data!.employee.assessments.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['level 0', { level: 0 }, 'input.level', 'LEVEL_OUT_OF_RANGE'],
    ['level 6', { level: 6 }, 'input.level', 'LEVEL_OUT_OF_RANGE'],
    ['a date after today', { assessedOn: '2026-11-26' }, 'input.assessedOn', 'DATE_IN_FUTURE'],
    ['an unknown competency', { competencyId: '99' }, 'input.competencyId', 'COMPETENCY_NOT_FOUND'],
    ['an unknown employee', { employeeId: '9999' }, 'input.employeeId', 'EMPLOYEE_NOT_FOUND'],
  ])('refuses %s, writing nothing', async (_rule, change, field, reason) => {
    const input = {
      employeeId: '14',
      competencyId: '3',
      level: 3,
      source: 'SELF',
      assessedOn: '2026-11-25',
      ...change,
    };
    const result = await subgraph.execute(RECORD, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await snapshot(subgraph, tables)).toBe(before);
  });

  it.each([
    ['an ASN assessing themself', AS.asn, '14', 'SELF', true],
    ['an ASN posing as their manager', AS.asn, '14', 'MANAGER', false],
    ['an ASN assessing a colleague', AS.asn, '15', 'SELF', false],
    ['a manager rating their people', AS.manager, '14', 'MANAGER', true],
    ['a manager posing as the assessment centre', AS.manager, '14', 'ASSESSMENT_CENTER', false],
    ['a manager rating someone else', AS.manager, '33', 'MANAGER', false],
    ['an API key', AS.keyPii, '14', 'SELF', false],
  ] as const)('lets or refuses %s', async (_who, identity, employeeId, source, allowed) => {
    const input = { employeeId, competencyId: '3', level: 3, source, assessedOn: '2026-11-20' };
    const result = await subgraph.execute(RECORD, { input }, { identity });
    if (allowed) expect(result.errors).toBeUndefined();
    else {
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await snapshot(subgraph, tables)).toBe(before);
    }
  });

  it('imports a good CSV in one go', async () => {
    const csv = `nip,competency_code,level,date\n${await nipOf('20')},INT,4,2026-09-01\n${await nipOf('21')},PAPL,3,2026-09-01\n`;
    const result = await subgraph.execute(IMPORT, { input: { csv } });
    expect(result.data).toEqual({ importAssessments: { imported: 2, employees: 2 } });
    expect(await levelOf('21', '21')).toMatchObject({ level: 3, source: 'ASSESSMENT_CENTER' });
  });

  it('previews a good CSV on a dry run: the counts an import would save, and nothing written', async () => {
    const csv = `nip,competency_code,level,date\n${await nipOf('20')},INT,4,2026-09-01\n${await nipOf('21')},PAPL,3,2026-09-01\n`;
    const state = await snapshot(subgraph, tables);
    const result = await subgraph.execute(IMPORT_PREVIEW, { input: { csv, dryRun: true } });
    expect(result.data).toEqual({ importAssessments: { imported: 2, employees: 2, dryRun: true } });
    expect(await snapshot(subgraph, tables)).toBe(state);
  });

  it('reports every bad row by line number on a dry run too, writing nothing', async () => {
    const csv = `nip,competency_code,level,date\n${await nipOf('20')},XYZ,4,2026-09-01\n`;
    const state = await snapshot(subgraph, tables);
    const result = await subgraph.execute(IMPORT_PREVIEW, { input: { csv, dryRun: true } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      reason: 'CSV_ROWS_INVALID',
      rows: [{ line: 2, field: 'competencyCode', reason: 'COMPETENCY_NOT_FOUND' }],
    });
    expect(await snapshot(subgraph, tables)).toBe(state);
  });

  it('reports every bad row by line number and writes nothing if any row is bad', async () => {
    const csv = [
      'nip,competency_code,level,date',
      `${await nipOf('20')},INT,4,2026-09-01`,
      `${await nipOf('80')},INT,4,2026-09-01`,
      `${await nipOf('20')},XYZ,4,2026-09-01`,
      `${await nipOf('20')},KS,9,2026-09-01`,
      `${await nipOf('20')},KS,3,2027-01-01`,
    ].join('\n');
    const result = await subgraph.execute(IMPORT, { input: { csv } }, { language: 'id' });
    const error = result.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.csv',
      reason: 'CSV_ROWS_INVALID',
      rows: [
        { line: 3, field: 'nip', reason: 'EMPLOYEE_NOT_FOUND' },
        { line: 4, field: 'competencyCode', reason: 'COMPETENCY_NOT_FOUND' },
        { line: 5, field: 'level', reason: 'LEVEL_OUT_OF_RANGE' },
        { line: 6, field: 'date', reason: 'DATE_IN_FUTURE' },
      ],
    });
    expect(error?.message).toMatch(/^4 baris tidak valid, tidak ada data yang disimpan: 3 \(nip/);
    expect(await snapshot(subgraph, tables)).toBe(before);
  });

  it('refuses a CSV without the expected header, and imports by anyone but an admin', async () => {
    const header = await subgraph.execute(IMPORT, { input: { csv: 'a,b\n1,2' } });
    expect(header.errors?.[0]?.extensions).toMatchObject({ field: 'input.csv', reason: 'CSV_HEADER' });
    const manager = await subgraph.execute(
      IMPORT,
      { input: { csv: 'nip,competency_code,level,date\n' } },
      { identity: AS.manager },
    );
    expect(manager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(subgraph, tables)).toBe(before);
  });

  it('imports a thousand rows in constant SQL (besides the audit log, which common writes per row)', async () => {
    const nip = await nipOf('22');
    const rows = Array.from({ length: 1000 }, (_, i) => `${nip},KOM,${(i % 5) + 1},2026-0${(i % 9) + 1}-15`);
    const audited = async () => Number((await subgraph.dataSource.query('SELECT COUNT(*) AS n FROM audit_log'))[0].n);
    const auditBefore = await audited();
    const start = subgraph.counter.statements;
    const result = await subgraph.execute(IMPORT, {
      input: { csv: `nip,competency_code,level,date\n${rows.join('\n')}` },
    });
    const statements = subgraph.counter.statements - start;
    expect(result.data).toEqual({ importAssessments: { imported: 1000, employees: 1 } });
    expect(statements - ((await audited()) - auditBefore)).toBeLessThanOrEqual(5);
  });

  it('answers a file of bad rows compactly: a few rows listed, the rest counted', async () => {
    const bad = Array.from({ length: 5000 }, (_, i) => `12345${i},INT,9,2025-01-15`);
    const csv = ['nip,competency_code,level,date', ...bad].join('\n');
    const result = await subgraph.execute(IMPORT, { input: { csv } });
    const answer = JSON.stringify(result);
    expect(answer.length, 'answer size').toBeLessThan(csv.length / 20);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.csv',
      reason: 'CSV_ROWS_INVALID',
      problems: 10_000,
      truncated: true,
    });
    expect((result.errors![0]!.extensions!.rows as unknown[]).length).toBe(20);
    expect(result.errors![0]!.message).toMatch(
      /^5000 rows are invalid, nothing was saved: 2 \(nip: NIP_FORMAT\).*\(\+9980\)\.$/,
    );
    expect(await snapshot(subgraph, tables)).toBe(before);
  });

  it('bounds a CSV by size and by rows, bad rows counted too', async () => {
    const huge = `nip,competency_code,level,date\n${'x'.repeat(900_000)}`;
    const tooLarge = await subgraph.execute(IMPORT, { input: { csv: huge } });
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({
      field: 'input.csv',
      reason: 'CSV_TOO_LARGE',
      max: 400_000,
    });
    expect(JSON.stringify(tooLarge).length).toBeLessThan(2000);
    const rows = ['nip,competency_code,level,date', ...Array.from({ length: 5001 }, () => 'x,INT,3,2025-01-15')];
    const tooMany = await subgraph.execute(IMPORT, { input: { csv: rows.join('\n') } });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ field: 'input.csv', reason: 'CSV_TOO_MANY_ROWS' });
    expect(await snapshot(subgraph, tables)).toBe(before);
  });

  it('refuses an assessor name with invisible or control characters', async () => {
    const csv = `nip,competency_code,level,date\n${await nipOf('20')},INT,3,2026-09-01`;
    for (const assessor of ['Pusat\u202EAsesmen', 'Pusat\u200BAsesmen', 'Pusat\u0000Asesmen']) {
      const result = await subgraph.execute(IMPORT, { input: { csv, assessor } });
      expect(result.errors?.[0]?.extensions, JSON.stringify(assessor)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.assessor',
      });
    }
    expect(await snapshot(subgraph, tables)).toBe(before);
  });

  it('lets nobody import assessment centre results about themself', async () => {
    const csv = `nip,competency_code,level,date\n${await nipOf('31')},INT,5,2026-09-01`;
    const result = await subgraph.execute(IMPORT, { input: { csv } }, { identity: AS.admin });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(subgraph, tables)).toBe(before);
  });
});
