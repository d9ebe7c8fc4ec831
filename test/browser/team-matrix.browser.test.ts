// The team competency matrix as a manager sees it: their unit on arrival, cells coloured by gap and empty where
// not required, column summaries, the development panel of a column, filters, and the CSV download.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

describe('team competency matrix for a manager', () => {
  let browser: BrowserStack;
  beforeAll(async () => {
    browser = await startBrowserStack();
  });
  afterAll(() => browser?.stop());

  it('lands the manager on the matrix of the unit they head, with cells, summaries and category shares', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'MANAGER');
    await page.waitForURL(/\/team-matrix/);
    const matrix = page.getByTestId('competency-matrix');
    await matrix.waitFor();
    expect(await matrix.locator('tbody tr').count()).toBeGreaterThan(1);
    const severities = await matrix
      .locator('td[data-severity]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-severity')));
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities).size).toBeGreaterThan(1);
    expect(await matrix.locator('td.matrix-cell--none').count()).toBeGreaterThan(0);
    const footer = await matrix.locator('tfoot tr').first().locator('td').first().textContent();
    expect(footer?.trim()).toMatch(/^\d+\/\d+$/);
    await expect(page.getByTestId('matrix-summary').textContent()).resolves.toMatch(/Optimal/);
    await browser.screenshot(page, 'team-matrix');
    await browser.screenshot(page.locator('.matrix-wrap'), 'team-matrix-table');
  });

  it('opens what develops a competency when its column is chosen, with the column in numbers', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'MANAGER');
    const integritas = page.getByTestId('matrix-column-INT');
    await integritas.click();
    const panel = page.getByTestId('matrix-column-panel');
    await panel.getByRole('heading', { level: 3, name: /Integritas/ }).waitFor();
    await expect(panel.getByTestId('matrix-column-summary').textContent()).resolves.toMatch(/dari \d+ pegawai/);
    await panel.getByRole('heading', { level: 4 }).first().waitFor();
    await expect(integritas.getAttribute('aria-pressed')).resolves.toBe('true');
    await browser.screenshot(page, 'team-matrix-column');
  });

  it('narrows the columns to one competency type', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'MANAGER');
    const matrix = page.getByTestId('competency-matrix');
    await matrix.waitFor();
    await expect(page.getByTestId('matrix-column-DATA').count()).resolves.toBe(1);
    await page.getByTestId('matrix-competency-type').selectOption('MANAGERIAL');
    await expect.poll(() => page.getByTestId('matrix-column-DATA').count()).toBe(0);
    await page.getByTestId('matrix-column-INT').waitFor();
    await browser.screenshot(page.locator('.matrix-wrap'), 'team-matrix-managerial');
  });

  it('follows the unit picker and the sub-units switch', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'MANAGER');
    const rows = page.getByTestId('competency-matrix').locator('tbody tr');
    await rows.first().waitFor();
    const withSubUnits = await rows.count();
    await page.getByTestId('matrix-sub-units').uncheck();
    await expect.poll(() => rows.count()).toBeLessThan(withSubUnits);
    await page.getByTestId('matrix-sub-units').check();
    const unit = page.locator('#matrix-unit');
    const subUnit = (await unit.locator('option:not([disabled])').nth(1).textContent())!.trim();
    await unit.selectOption({ label: subUnit });
    await page.waitForURL(/unit=\d+/);
    await page.getByRole('heading', { level: 2, name: `Matriks kompetensi ${subUnit}` }).waitFor();
  });

  it('downloads the matrix as CSV, one row per employee and a column per competency', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'MANAGER');
    const matrix = page.getByTestId('competency-matrix');
    await matrix.waitFor();
    const rows = await matrix.locator('tbody tr').count();
    const columns = await matrix.locator('thead .competency-head').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('matrix-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^matriks-kompetensi-tim-.*\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[0]).toMatch(/^Nama,NIP,Jabatan,JPM,Kategori JPM,Kotak talenta,INT Integritas/);
    expect(lines[0]!.split(',')).toHaveLength(6 + columns);
  });

  it('reads in English after switching language', async () => {
    const page = await browser.newPage();
    await signInAsFirst(page, 'MANAGER');
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByTestId('matrix-column-KS').click();
    await page
      .getByTestId('matrix-column-panel')
      .getByRole('heading', { level: 3, name: /Kerja Sama/ })
      .waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Team competency matrix');
    await expect(page.getByTestId('matrix-column-summary').textContent()).resolves.toMatch(/of \d+ employees/);
    await browser.screenshot(page, 'team-matrix-en');
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
