// The matrix answering "who needs what" for a manager: unassessed cells shown as unassessed (as many as the API
// reports), name search, only below standard, sort by JPM, all kept in the URL across a reload; at 390 px a narrow
// name column with the cells beside it; the CSV keeping the NIP and the levels as text.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';

const CELLS = `query ($input: TeamMatrixInput!) {
  teamMatrix(input: $input) { rows { cells { source } } }
}`;

describe('the team matrix: search, below standard, sort, unassessed, phone width', () => {
  let browser: BrowserStack;
  let page: Page;
  let username: string;
  const rows = () => page.getByTestId('competency-matrix').locator('tbody tr');

  beforeAll(async () => {
    browser = await startBrowserStack();
    page = await browser.newPage();
    username = await signInAsFirst(page, 'MANAGER');
    await rows().first().waitFor();
  });
  afterAll(() => browser?.stop());

  it('shows unassessed cells as unassessed, as many as the API reports, never as a gap', async () => {
    const unitId = new URL(page.url()).searchParams.get('unit');
    const token = await signIn(browser.stack.gatewayUrl, username);
    const session = JSON.parse((await page.evaluate("sessionStorage.getItem('asn.session')")) as string) as {
      user: { unitIds: string[] };
    };
    const response = await graphql<{ teamMatrix: { rows: { cells: { source: string | null }[] }[] } }>(
      browser.stack.gatewayUrl,
      CELLS,
      { input: { unitId: unitId ?? session.user.unitIds[0], includeSubUnits: true } },
      { token },
    );
    expect(response.errors).toBeUndefined();
    const unassessed = response.data!.teamMatrix.rows.flatMap((row) => row.cells).filter((cell) => !cell.source);
    const shown = page.getByTestId('competency-matrix').locator('td[data-severity="unassessed"]');
    await expect(shown.count()).resolves.toBe(unassessed.length);
    if (unassessed.length > 0) await expect(shown.first().textContent()).resolves.toMatch(/^\?\/\d/);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('finds people by name and keeps the search in the URL across a reload', async () => {
    const total = await rows().count();
    const firstName = (await rows().first().locator('th a').textContent())!.trim();
    const part = firstName.split(/[ ,]/)[0]!;
    await page.getByTestId('matrix-search').fill(part.toLowerCase());
    await page.getByTestId('matrix-search').press('Enter');
    await page.waitForURL(/q=/);
    const names = await rows().locator('th a').allTextContents();
    expect(names.length).toBeLessThanOrEqual(total);
    expect(names.every((name) => name.toLowerCase().includes(part.toLowerCase()))).toBe(true);
    await page.reload();
    await rows().first().waitFor();
    await expect(page.getByTestId('matrix-search').inputValue()).resolves.toBe(part.toLowerCase());
    await page.getByTestId('matrix-search').fill('');
    await page.getByTestId('matrix-search').press('Enter');
    await expect.poll(() => rows().count()).toBe(total);
  });

  it('keeps only people below standard and sorts by JPM, lowest first', async () => {
    await page.getByTestId('matrix-below-only').check();
    await page.waitForURL(/below=1/);
    const below = await rows().evaluateAll((trs) =>
      trs.map((tr) => tr.querySelectorAll('td[data-severity="minor"], td[data-severity="major"]').length),
    );
    expect(below.length).toBeGreaterThan(0);
    expect(below.every((count) => count > 0)).toBe(true);
    await page.getByTestId('matrix-sort').selectOption('jpm');
    await page.waitForURL(/sort=jpm/);
    const jpm = (await rows().locator('.jpm__value').allTextContents()).map((text) => Number(text.replace(',', '.')));
    expect(jpm).toEqual([...jpm].sort((a, b) => a - b));
    await page.reload();
    await rows().first().waitFor();
    await expect(page.getByTestId('matrix-below-only').isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('matrix-sort').inputValue()).resolves.toBe('jpm');
  });

  it('keeps a narrow name column at 390 px with the cells beside it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const name = rows().first().locator('th');
    const nameBox = (await name.boundingBox())!;
    expect(nameBox.width).toBeLessThanOrEqual(150);
    const cell = rows().first().locator('td.matrix-cell').first();
    expect((await cell.boundingBox())!.x).toBeLessThan(390);
    await browser.screenshot(page, 'matrix-work-390', { viewportOnly: true });
    await browser.screenshot(page.locator('.matrix-wrap'), 'matrix-work-table-390');
    await page.setViewportSize({ width: 1366, height: 768 });
    await checkAtBothWidths(browser, page, 'matrix-work', true);
  });

  it('downloads a CSV whose NIP and levels a spreadsheet keeps as text', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('matrix-export').click()]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines.length).toBe((await rows().count()) + 1);
    const body = lines.slice(1).join('\n');
    expect(body).not.toMatch(/,\d+\/\d+(,|$)/m);
    expect(body).toMatch(/,\d+ dari \d+(,|$)/m);
    expect(body).not.toMatch(/,\d{18},/);
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
