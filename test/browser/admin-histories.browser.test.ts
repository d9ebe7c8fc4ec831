// The administrator's employee page, histories: the golongan, post, predikat and education shown read-only with a
// link to the history that sets them; one entry added at a time with a refusal shown beside its field; a rank CSV
// previewed (every bad row by line and reason, nothing saved) and then imported; each checked through the API.
// Refused for a manager and for another agency's administrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

// Born 14 July 1996, appointed March 2024: a Pranata Komputer Ahli Pertama (III/a) of Ambon's Bidang Aplikasi.
const NIP = '199607142024031002';
const CREATE = `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`;
const HISTORIES = `query ($id: ID!) { employee(id: $id) { golongan performancePredikat position { id }
  performanceRatings { year predikat ratedBy } rankHistory { tmt golongan decreeNumber } positionHistory { fromDate } } }`;
const RATING = `mutation ($input: RecordPerformanceRatingInput!) { recordPerformanceRating(input: $input) { id } }`;

describe('administrator console: employee histories', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let employeeId = '';
  beforeAll(async () => {
    browser = await startBrowserStack();
    adminToken = await signIn(browser.stack.gatewayUrl, 'admin.ambon');
    const input = {
      nip: NIP,
      name: 'Ronaldo Tuhumury, S.Kom.',
      golongan: 'III_A',
      education: 'S1',
      positionId: '7',
      unitId: '6',
      positionSince: '2024-03-01',
    };
    const created = await graphql(browser.stack.gatewayUrl, CREATE, { input }, { token: adminToken });
    expect(created.errors).toBeUndefined();
    employeeId = created.data!.createEmployee.id;
  });
  afterAll(() => browser?.stop());

  const histories = async () =>
    (await graphql(browser.stack.gatewayUrl, HISTORIES, { id: employeeId }, { token: adminToken })).data!.employee;
  const csvFile = (text: string) => ({ name: 'riwayat.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

  it('adds a rating, a rank and a post one at a time, each refusal beside its field', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', `/admin/employees/${employeeId}`);
    await page.getByTestId('employee-histories').waitFor();
    // The history-owned values are shown, not edited, with a link to their history.
    expect(await page.locator('#employee-golongan').count()).toBe(0);
    expect(await page.getByTestId('owned-RANK').textContent()).toContain('III/a');
    expect(await page.getByTestId('owned-RANK').locator('a').getAttribute('href')).toBe('#history-rank');
    expect(await page.getByTestId('history-RATING').textContent()).toContain('Belum ada entri');

    await page.getByTestId('history-open-RATING').click();
    await page.locator('#history-rating-year').fill('2025');
    await page.locator('#history-rating-predikat').selectOption('SANGAT_BAIK');
    await page.locator('#history-rating-ratedBy').fill('Kepala Bidang Aplikasi Informatika');
    await page.getByTestId('history-add-RATING').click();
    await expect.poll(() => page.getByTestId('history-RATING').locator('tbody').textContent(), POLL).toContain('2025');
    await expect.poll(() => page.getByTestId('owned-RATING').textContent(), POLL).toContain('Sangat Baik');
    // The same year again is refused on the year field, and nothing is added.
    await page.locator('#history-rating-year').fill('2025');
    await page.locator('#history-rating-predikat').selectOption('BAIK');
    await page.locator('#history-rating-ratedBy').fill('Kepala Bidang');
    await page.getByTestId('history-add-RATING').click();
    await expect.poll(() => page.locator('#history-rating-year-error').textContent(), POLL).toContain('2025');
    expect(await page.locator('#history-rating-year').getAttribute('aria-invalid')).toBe('true');

    await page.getByTestId('history-open-RANK').click();
    await page.locator('#history-rank-golongan').selectOption('III_A');
    await page.locator('#history-rank-tmt').fill('2024-03-01');
    await page.locator('#history-rank-decreeNumber').fill('800/BKPSDM/2024/31');
    await page.getByTestId('history-add-RANK').click();
    await expect
      .poll(() => page.getByTestId('history-RANK').locator('tbody').textContent(), POLL)
      .toContain('2024-03-01');

    // Ahli Muda asks III/c, which this III/a does not hold.
    await page.getByTestId('history-open-POSITION').click();
    await page.locator('#history-position-positionId').selectOption('8');
    await page.locator('#history-position-fromDate').fill('2026-05-04');
    await page.getByTestId('history-add-POSITION').click();
    await expect.poll(() => page.locator('#history-position-positionId-error').textContent(), POLL).toContain('III/c');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-histories-entries');

    const saved = await histories();
    expect(saved.performanceRatings).toEqual([
      { year: 2025, predikat: 'SANGAT_BAIK', ratedBy: 'Kepala Bidang Aplikasi Informatika' },
    ]);
    expect(saved.performancePredikat).toBe('SANGAT_BAIK');
    expect(saved.rankHistory).toEqual([{ tmt: '2024-03-01', golongan: 'III_A', decreeNumber: '800/BKPSDM/2024/31' }]);
    expect(saved.position).toEqual({ id: '7' });
    expect(saved.positionHistory).toEqual([]);
  }, 180_000);

  it('previews a rank CSV with every bad row by line and reason, saving nothing, then imports a good one', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', `/admin/employees/${employeeId}`);
    await page.getByTestId('history-import').waitFor();
    await page.getByTestId('history-import-kind').selectOption('RANK');
    const bad = [
      'nip,golongan,tmt,nomor_sk',
      `${NIP},III/b,2026-04-01,800/BKPSDM/2026/4`,
      `${NIP},IX,2026-10-01,800/BKPSDM/2026/10`,
      `${NIP},III/c,2023-04-01,800/BKPSDM/2023/4`,
    ].join('\n');
    await page.getByTestId('history-import-file').setInputFiles(csvFile(bad));
    const problems = page.getByTestId('history-import-problems');
    await problems.waitFor();
    const rows = await problems
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(rows).toEqual([
      ['3', `${NIP},IX,2026-10-01,800/BKPSDM/2026/10`, 'Golongan/grade', 'PNS diberi golongan, PPPK diberi grade.'],
      ['4', `${NIP},III/c,2023-04-01,800/BKPSDM/2023/4`, 'TMT', 'Tanggal sebelum pengangkatan pertama.'],
    ]);
    expect((await histories()).rankHistory).toHaveLength(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-histories-import-preview');

    await page.getByTestId('history-import-file').setInputFiles(csvFile(bad.split('\n').slice(0, 2).join('\n')));
    const ready = page.getByTestId('history-import-ready');
    await expect.poll(() => ready.textContent(), POLL).toContain('Semua 1 baris benar: 1 pegawai');
    expect((await histories()).rankHistory).toHaveLength(1);
    await page.getByTestId('history-import-confirm').click();
    await expect.poll(() => page.getByTestId('history-import-done').textContent(), POLL).toContain('1 entri riwayat');
    // The newest rank is the golongan, on the page and in the API.
    await expect.poll(() => page.getByTestId('owned-RANK').textContent(), POLL).toContain('III/b');
    const saved = await histories();
    expect(saved.golongan).toBe('III_B');
    expect(saved.rankHistory[0]).toEqual({ tmt: '2026-04-01', golongan: 'III_B', decreeNumber: '800/BKPSDM/2026/4' });
    await screenshotBothWidths(browser, page, 'admin-histories-imported');
  }, 180_000);

  it('refuses the histories to a manager, in the page and in the API', async () => {
    const page = await browser.newPage();
    const username = await signInAsFirst(page, 'MANAGER', `/admin/employees/${employeeId}`);
    await page.getByTestId('admin-refused').waitFor();
    expect(await page.getByTestId('employee-histories').count()).toBe(0);
    const token = await signIn(browser.stack.gatewayUrl, username);
    const input = { employeeId, year: 2024, predikat: 'BAIK', ratedBy: 'Atasan' };
    const refused = await graphql(browser.stack.gatewayUrl, RATING, { input }, { token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await histories()).performanceRatings).toHaveLength(1);
  });

  it('keeps another agency’s administrator out of an Ambon employee’s histories', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.mamuju', `/admin/employees/${employeeId}`);
    await page.locator('[data-testid="error-alert"], [data-testid="admin-employee-missing"]').first().waitFor();
    expect(await page.getByTestId('employee-histories').count()).toBe(0);
    const token = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const input = { employeeId, year: 2024, predikat: 'BAIK', ratedBy: 'Mamuju' };
    const refused = await graphql(browser.stack.gatewayUrl, RATING, { input }, { token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await histories()).performanceRatings).toHaveLength(1);
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
