// The administrator's console, assessments: record one, and import an assessment-centre CSV after a preview that
// shows every bad row with its line and reason while nothing is saved; refused for a manager, and another agency's
// administrator cannot import Ambon's employees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

const EMPLOYEES = `query { employees(first: 3, orderBy: { field: NAME, direction: ASC }) {
  edges { node { id name nip } } } }`;
const HISTORY = `query ($id: ID!) { employee(id: $id) { assessments { level source assessor assessedOn
  competency { code } } } }`;
const IMPORT = `mutation ($input: ImportAssessmentsInput!) { importAssessments(input: $input) { imported } }`;

interface Person {
  id: string;
  name: string;
  nip: string;
}

describe('administrator console: assessments', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let people: Person[];
  beforeAll(async () => {
    browser = await startBrowserStack();
    adminToken = await signIn(browser.stack.gatewayUrl, 'admin.ambon');
    const result = await graphql(browser.stack.gatewayUrl, EMPLOYEES, {}, { token: adminToken });
    people = result.data!.employees.edges.map((edge: { node: Person }) => edge.node);
  });
  afterAll(() => browser?.stop());

  const historyOf = async (id: string) =>
    (await graphql(browser.stack.gatewayUrl, HISTORY, { id }, { token: adminToken })).data!.employee.assessments as {
      level: number;
      source: string;
      assessor: string;
      assessedOn: string;
      competency: { code: string };
    }[];

  const csvFile = (text: string) => ({ name: 'asesmen.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

  it('records one assessment', async () => {
    const person = people[0]!;
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/assessments');
    await page.locator('#assessment-employee-search').fill(person.name);
    await expect
      .poll(() => page.locator('#assessment-employee option').allTextContents(), POLL)
      .toEqual([expect.stringContaining(person.name)]);
    await page.locator('#assessment-competency').selectOption({ label: 'KOM · Komunikasi' });
    await page.locator('#assessment-level').selectOption('4');
    await page.locator('#assessment-date').fill('2026-06-15');
    await page.locator('#assessment-assessor').fill('Tim Asesor BKPSDM');
    await page.getByTestId('assessment-save').click();
    await expect.poll(() => page.getByTestId('assessment-recorded').textContent(), POLL).toContain(person.name);
    expect(await historyOf(person.id)).toContainEqual({
      level: 4,
      source: 'ASSESSMENT_CENTER',
      assessor: 'Tim Asesor BKPSDM',
      assessedOn: '2026-06-15',
      competency: { code: 'KOM' },
    });
  });

  it('previews a CSV with every bad row by line and reason, saving nothing, then imports a good one', async () => {
    const [first, second] = [people[1]!, people[2]!];
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/assessments');
    const before = await historyOf(first.id);
    const bad = [
      'nip,competency_code,level,date',
      `${first.nip},INT,4,2026-05-01`,
      `${first.nip},XYZ,4,2026-05-01`,
      `199001012015011999,KS,3,2026-05-01`,
      `${second.nip},KS,9,2026-05-01`,
      `${second.nip},KS,3,2026-13-01`,
    ].join('\n');
    await page.getByTestId('assessment-import-file').setInputFiles(csvFile(bad));
    const problems = page.getByTestId('assessment-import-problems');
    await problems.waitFor();
    const rows = await problems
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(rows).toEqual([
      ['3', `${first.nip},XYZ,4,2026-05-01`, 'Kode kompetensi', 'Kode kompetensi tidak dikenal.'],
      ['4', '199001012015011999,KS,3,2026-05-01', 'NIP', 'Tidak ada pegawai instansi Anda dengan NIP ini.'],
      ['5', `${second.nip},KS,9,2026-05-01`, 'Level', 'Level harus bilangan bulat 1-5.'],
      ['6', `${second.nip},KS,3,2026-13-01`, 'Tanggal', 'Tanggal harus YYYY-MM-DD yang valid.'],
    ]);
    expect(await problems.locator('h3').textContent()).toContain('4 baris bermasalah');
    expect(await page.getByTestId('assessment-import-confirm').count()).toBe(0);
    expect(await historyOf(first.id)).toEqual(before);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-assessments-preview');

    const good = [
      'nip;kode_kompetensi;level;tanggal',
      `${first.nip};INT;4;2026-05-01`,
      `${second.nip};PK;2;2026-05-02`,
    ];
    await page.getByTestId('assessment-import-file').setInputFiles(csvFile(good.join('\r\n')));
    const ready = page.getByTestId('assessment-import-ready');
    await expect.poll(() => ready.textContent(), POLL).toContain('Semua 2 baris benar: 2 pegawai');
    expect(await historyOf(first.id)).toEqual(before);
    await page.getByTestId('assessment-import-confirm').click();
    await expect.poll(() => page.getByTestId('assessment-import-done').textContent(), POLL).toContain('2 penilaian');
    expect(await historyOf(first.id)).toContainEqual({
      level: 4,
      source: 'ASSESSMENT_CENTER',
      assessor: 'Assessment Center',
      assessedOn: '2026-05-01',
      competency: { code: 'INT' },
    });
    expect((await historyOf(second.id)).filter((row) => row.competency.code === 'PK' && row.level === 2)).toHaveLength(
      1,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-assessments-imported');
  });

  it('refuses the area to a manager, in the page and in the API', async () => {
    const page = await browser.newPage();
    const username = await signInAsFirst(page, 'MANAGER', '/admin/assessments');
    await page.getByTestId('admin-refused').waitFor();
    expect(await page.getByTestId('assessment-import').count()).toBe(0);
    const token = await signIn(browser.stack.gatewayUrl, username);
    const csv = `nip,competency_code,level,date\n${people[0]!.nip},INT,5,2026-05-01`;
    const refused = await graphql(browser.stack.gatewayUrl, IMPORT, { input: { csv } }, { token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows another agency’s administrator Ambon’s NIPs as not theirs, and saves nothing', async () => {
    const person = people[0]!;
    const before = await historyOf(person.id);
    const page = await browser.newPage();
    await signInAs(page, 'admin.mamuju', '/admin/assessments');
    await page
      .getByTestId('assessment-import-file')
      .setInputFiles(csvFile(`nip,competency_code,level,date\n${person.nip},INT,5,2026-05-01`));
    const problems = page.getByTestId('assessment-import-problems');
    await problems.waitFor();
    expect(await problems.locator('tbody tr').allTextContents()).toEqual([
      expect.stringContaining('Tidak ada pegawai instansi Anda dengan NIP ini.'),
    ]);
    expect(await historyOf(person.id)).toEqual(before);
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
