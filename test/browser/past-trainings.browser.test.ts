// Past and external trainings end to end: an ASN submits one from My Training and sees it waiting; the administrator
// verifies it from the queue and it counts toward JP in the year of its end date (on the page and in the API); a
// second one is rejected with a reason the ASN reads; a SIASN riwayat kursus CSV is previewed with its bad row, then
// imported. Refused for a manager and for another agency's administrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn, signInWithProfile } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

const ASN = 'asn.ambon.1';
const PAST = `query ($id: ID!) { employee(id: $id) { jp(year: 2026) { earned } pastTrainings { id title status
  rejectionReason source } } }`;
const REJECT = `mutation ($input: RejectPastTrainingInput!) { rejectPastTraining(input: $input) { id } }`;
const QUEUE = `query { pastTrainingsToVerify { id } }`;
const NAME = `query ($id: ID!) { employee(id: $id) { name } }`;

interface Past {
  id: string;
  title: string;
  status: string;
  rejectionReason: string | null;
  source: string;
}

describe('past and external trainings', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let employeeId = '';
  beforeAll(async () => {
    browser = await startBrowserStack();
    adminToken = await signIn(browser.stack.gatewayUrl, 'admin.ambon');
    employeeId = (await signInWithProfile(browser.stack.gatewayUrl, ASN)).user.employeeId!;
  });
  afterAll(() => browser?.stop());

  const pastOf = async (id = employeeId) =>
    (await graphql(browser.stack.gatewayUrl, PAST, { id }, { token: adminToken })).data!.employee as {
      jp: { earned: number };
      pastTrainings: Past[];
    };
  const byTitle = async (title: string) => (await pastOf()).pastTrainings.find((row) => row.title === title);

  async function submitAsAsn(title: string, jp: number) {
    const page = await browser.newPage();
    await signInAs(page, ASN, '/my-training?year=2026');
    await page.getByTestId('my-past-trainings').waitFor();
    await page.getByTestId('past-training-open').click();
    await page.locator('#past-title').fill(title);
    await page.locator('#past-category').selectOption('WORKSHOP');
    await page.locator('#past-start').fill('2026-03-17');
    await page.locator('#past-end').fill('2026-03-19');
    await page.locator('#past-jp').fill(String(jp));
    await page.locator('#past-provider').fill('Universitas Pattimura');
    await page.getByTestId('past-training-submit').click();
    await page.getByTestId('past-training-sent').waitFor();
    return page;
  }

  it('counts an ASN’s submission toward 2026 only once the administrator verifies it', async () => {
    const before = (await pastOf()).jp.earned;
    const mine = await submitAsAsn('Lokakarya Tata Kelola Data', 6);
    await expect.poll(() => mine.getByTestId('my-past-trainings').textContent(), POLL).toContain('Menunggu verifikasi');
    const submitted = (await byTitle('Lokakarya Tata Kelola Data'))!;
    expect(submitted).toMatchObject({ status: 'PENDING', source: 'SELF' });
    expect((await pastOf()).jp.earned).toBe(before);
    await screenshotBothWidths(browser, mine, 'past-trainings-submitted');

    const admin = await browser.newPage();
    await signInAs(admin, 'admin.ambon', '/admin/training');
    await admin.getByTestId(`past-queue-${submitted.id}`).waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await screenshotBothWidths(browser, admin, 'past-trainings-queue');
    await admin.getByTestId(`past-verify-${submitted.id}`).click();
    await expect.poll(() => admin.getByTestId('past-queue-notice').textContent(), POLL).toContain('terverifikasi');
    expect(await admin.getByTestId(`past-queue-${submitted.id}`).count()).toBe(0);
    expect((await byTitle('Lokakarya Tata Kelola Data'))!.status).toBe('VERIFIED');
    // Its end date is in March 2026: 6 JP more in 2026.
    expect((await pastOf()).jp.earned).toBe(before + 6);
    await mine.reload();
    await expect.poll(() => mine.getByTestId('past-training-earned').textContent(), POLL).toContain(`${before + 6}`);
    expect(await mine.getByTestId(`past-training-${submitted.id}`).textContent()).toContain('Terverifikasi');
    expect(await seriousAxeViolations(mine)).toEqual([]);
  }, 180_000);

  it('shows the ASN the reason an administrator rejected a submission for', async () => {
    const mine = await submitAsAsn('Seminar Tanpa Sertifikat', 4);
    const submitted = (await byTitle('Seminar Tanpa Sertifikat'))!;
    const admin = await browser.newPage();
    await signInAs(admin, 'admin.ambon', '/admin/training');
    await admin.locator(`#past-reason-${submitted.id}`).fill('Sertifikat tidak dilampirkan');
    await admin.getByTestId(`past-reject-${submitted.id}`).click();
    await expect.poll(() => admin.getByTestId('past-queue-notice').textContent(), POLL).toContain('ditolak');
    expect(await byTitle('Seminar Tanpa Sertifikat')).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Sertifikat tidak dilampirkan',
    });
    await mine.reload();
    const row = mine.getByTestId(`past-training-${submitted.id}`);
    await expect.poll(() => row.textContent(), POLL).toContain('Sertifikat tidak dilampirkan');
    expect(await row.textContent()).toContain('Ditolak');
  }, 180_000);

  it('previews a SIASN riwayat kursus CSV with its bad row, saving nothing, then imports it', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/training');
    const { name } = (await graphql(browser.stack.gatewayUrl, NAME, { id: employeeId }, { token: adminToken })).data!
      .employee;
    await page.locator('#past-training-import-employee-search').fill(name);
    const options = page.locator('#past-training-import-employee option');
    await expect
      .poll(() => options.evaluateAll((all) => all.map((o) => (o as unknown as { value: string }).value)), POLL)
      .toContain(employeeId);
    await page.locator('#past-training-import-employee').selectOption(employeeId);
    const header =
      'namaKursus;jenisKursus;jumlahJam;tanggalKursus;tanggalSelesaiKursus;tahunKursus;institusiPenyelenggara;nomorSertipikat';
    const good = 'Kursus Bahasa Inggris;Kursus;40;01-03-2023;30-03-2023;2023;LBPP LIA;LIA/2023/77';
    const bad = 'Magang Puskesmas;Magang;abc;01-03-2023;;2023;;';
    const file = (text: string) => ({ name: 'siasn.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    const before = (await pastOf()).pastTrainings.length;
    await page.getByTestId('past-training-import-file').setInputFiles(file([header, good, bad].join('\n')));
    const problems = page.getByTestId('past-training-import-problems');
    await problems.waitFor();
    expect(await problems.locator('tbody tr').count()).toBe(1);
    expect(await problems.locator('tbody td').first().textContent()).toBe('3');
    expect((await pastOf()).pastTrainings).toHaveLength(before);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'past-trainings-import-preview');
    await page.getByTestId('past-training-import-file').setInputFiles(file([header, good].join('\n')));
    await page.getByTestId('past-training-import-ready').waitFor();
    expect((await pastOf()).pastTrainings).toHaveLength(before);
    await page.getByTestId('past-training-import-confirm').click();
    await page.getByTestId('past-training-import-done').waitFor();
    expect(await byTitle('Kursus Bahasa Inggris')).toMatchObject({ status: 'VERIFIED', source: 'SIASN_IMPORT' });
  }, 180_000);

  it('refuses the queue to a manager and keeps another agency’s administrator out', async () => {
    const page = await browser.newPage();
    const username = await signInAsFirst(page, 'MANAGER', '/admin/training');
    await page.getByTestId('admin-refused').waitFor();
    expect(await page.getByTestId('past-training-queue').count()).toBe(0);
    const mine = await submitAsAsn('Bimtek Arsip Digital', 3);
    await mine.close();
    const pending = (await byTitle('Bimtek Arsip Digital'))!;
    const input = { pastTrainingId: pending.id, reason: 'Tidak berwenang' };
    const manager = await signIn(browser.stack.gatewayUrl, username);
    const other = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    for (const token of [manager, other]) {
      const refused = await graphql(browser.stack.gatewayUrl, REJECT, { input }, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const queue = await graphql(browser.stack.gatewayUrl, QUEUE, {}, { token: other });
    expect(queue.data!.pastTrainingsToVerify.map((row: { id: string }) => row.id)).not.toContain(pending.id);
    expect((await byTitle('Bimtek Arsip Digital'))!.status).toBe('PENDING');
  }, 180_000);

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
