// The administrator's partnerships in the browser: from the console's tab, the agency's agreements with their status;
// recording a public lecture under the unused polytechnic MoU makes it active, a new agreement is added, and the
// lapsing BPSDM PKS is ended. Each step checked through the API, the page checked with axe at both widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { POLL } from './admin-checks.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const ADMIN = 'admin.ambon';
const LIST = `query { partnerships { id partnerName status endedOn lastActivityOn activities { title } } }`;
type Row = { id: string; partnerName: string; status: string; endedOn: string | null; activities: { title: string }[] };

describe('the administrator keeps the agency’s partnerships', () => {
  let browser: BrowserStack;
  let token: string;
  let page: Page;
  const list = async () => {
    const response = await graphql<{ partnerships: Row[] }>(browser.stack.gatewayUrl, LIST, {}, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.partnerships;
  };
  const byName = async (name: string) => (await list()).find((row) => row.partnerName === name)!;

  beforeAll(async () => {
    browser = await startBrowserStack();
    token = (await signInWithProfile(browser.stack.gatewayUrl, ADMIN)).token;
    page = await browser.newPage();
    await signInAs(page, ADMIN);
  });
  afterAll(() => browser?.stop());

  it('shows the agreements with their status from the console’s tab', async () => {
    await page.goto('/admin/dashboard');
    await page.getByTestId('admin-tabs-nav').getByRole('link', { name: 'Kerja sama' }).click();
    await page.waitForURL(/\/admin\/partnerships$/);
    await page.getByRole('heading', { level: 1, name: 'Kerja sama' }).waitFor();
    const polytechnic = await byName('Politeknik Negeri Ambon');
    await expect
      .poll(() => page.getByTestId(`partnership-status-${polytechnic.id}`).textContent(), POLL)
      .toContain('Tidak dimanfaatkan');
    const table = page.getByTestId('partnership-list');
    for (const status of ['Aktif', 'Hampir berakhir', 'Berakhir'])
      await expect(table.textContent()).resolves.toContain(status);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await checkAtBothWidths(browser, page, 'admin-partnerships');
  });

  it('records a public lecture under the unused MoU: it becomes active', async () => {
    const polytechnic = await byName('Politeknik Negeri Ambon');
    await page.getByTestId(`partnership-record-${polytechnic.id}`).click();
    const form = page.getByTestId('activity-form');
    await form.getByLabel('Jenis kegiatan').selectOption('PUBLIC_LECTURE');
    await form.getByLabel('Nama kegiatan').fill('Kuliah umum keamanan siber pemerintahan');
    await form.getByLabel('Peserta atau kursi').fill('45');
    await form.getByRole('button', { name: 'Catat kegiatan' }).click();
    await expect.poll(() => page.getByTestId('partnerships-done').textContent(), POLL).toContain('dicatat');
    await expect
      .poll(() => page.getByTestId(`partnership-status-${polytechnic.id}`).textContent(), POLL)
      .toContain('Aktif');
    const after = await byName('Politeknik Negeri Ambon');
    expect(after.status).toBe('ACTIVE');
    expect(after.activities[0]!.title).toBe('Kuliah umum keamanan siber pemerintahan');
  });

  it('adds a new agreement and ends the lapsing one', async () => {
    const form = page.getByTestId('partnership-form');
    await form.getByLabel('Mitra', { exact: true }).fill('Institut Agama Islam Negeri Ambon');
    await form.getByLabel('Jenis mitra').selectOption('UNIVERSITY');
    await form.locator('#partnership-agreement-kind').selectOption('PKS');
    await form.getByLabel('Nomor naskah').fill('PKS/045/IAIN-AMB/2026');
    await form.getByLabel('Berlaku sejak').fill('2026-11-02');
    await form.getByLabel('Berlaku sampai').fill('2029-11-01');
    await form.getByLabel('Ruang lingkup kerja sama').fill('Kuliah umum moderasi beragama dan magang ASN.');
    await form.getByLabel('Narahubung').fill('Dr. Abdul Manaf Tubaka');
    await form.getByRole('button', { name: 'Tambah perjanjian' }).click();
    await expect.poll(() => page.getByTestId('partnerships-done').textContent(), POLL).toContain('ditambahkan');
    expect((await byName('Institut Agama Islam Negeri Ambon')).status).toBe('ACTIVE');

    const bpsdm = await byName('BPSDM Provinsi Maluku');
    expect(bpsdm.status).toBe('LAPSING');
    await page.getByTestId(`partnership-end-${bpsdm.id}`).click();
    await expect.poll(() => page.getByTestId('partnerships-done').textContent(), POLL).toContain('diakhiri');
    await expect.poll(async () => (await byName('BPSDM Provinsi Maluku')).status, POLL).toBe('LAPSED');
    await expect
      .poll(() => page.getByTestId(`partnership-status-${bpsdm.id}`).textContent(), POLL)
      .toContain('Berakhir');
    await checkAtBothWidths(browser, page, 'admin-partnerships-after');
  });
});
