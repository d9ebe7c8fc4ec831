// Measuring success: from the dashboard's year-over-year trends to a unit's success trend, the IKM the administrator
// enters showing in the table and in the API, at both widths, with no serious accessibility violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';
import { AMBON_TIME_ZONE, yearIn } from '../support/local-date.js';

const YEAR = yearIn(AMBON_TIME_ZONE);
const YEARS = [YEAR - 3, YEAR - 2, YEAR - 1, YEAR];
const UNITS = `query ($agencyId: ID!) { units(agencyId: $agencyId) { id name depth } }`;
const TREND = `query ($id: ID!, $years: [Int!]!) { unit(id: $id) { successTrend(years: $years) { year satisfactionIndex
  satisfactionCategory trainedMembers jpComplianceShare } } }`;

describe('administrator console: measuring success', () => {
  let browser: BrowserStack;
  let token: string;
  let root: { id: string; name: string };

  beforeAll(async () => {
    browser = await startBrowserStack();
    const admin = await signInWithProfile(browser.stack.gatewayUrl, 'admin.ambon');
    token = admin.token;
    const agencyId = (admin.user as unknown as { agencyId: string }).agencyId;
    const units = await graphql(browser.stack.gatewayUrl, UNITS, { agencyId }, { token });
    root = (units.data!.units as { id: string; name: string; depth: number }[]).find((unit) => unit.depth === 0)!;
  });
  afterAll(() => browser?.stop());

  it('leads from the dashboard’s trends to the unit’s trend, and takes the IKM the administrator enters', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/dashboard');
    const trends = page.getByTestId('dashboard-trends');
    await expect.poll(() => trends.locator('tbody tr').count(), POLL).toBe(YEARS.length);
    // The demo's records start the year before last: earlier years have no JP share, and say so instead of 0%.
    const noData = 'belum ada data';
    const firstYear = trends.locator('tbody tr', { hasText: String(YEAR - 3) });
    expect((await firstYear.locator('td').nth(1).textContent())?.trim()).toBe(noData);
    expect(await trends.locator('.trend-chart[aria-hidden="true"] svg').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-dashboard-trends');

    await page.getByTestId('dashboard-success-link').click();
    await page.waitForURL((url) => url.pathname === '/admin/success' && url.searchParams.get('unit') === root.id);
    const table = page.getByTestId('success-table');
    await expect.poll(() => table.locator('tbody tr').count(), POLL).toBe(YEARS.length);
    const before = await graphql(browser.stack.gatewayUrl, TREND, { id: root.id, years: YEARS }, { token });
    expect(before.errors).toBeUndefined();
    const api = before.data!.unit.successTrend as { year: number; satisfactionIndex: number | null }[];
    expect(api.find((row) => row.year === YEAR - 3)).toMatchObject({ trainedMembers: 0, jpComplianceShare: null });
    const emptyYear = (
      await table
        .locator('tbody tr', { hasText: String(YEAR - 3) })
        .locator('td')
        .allTextContents()
    ).map((cell) => cell.trim());
    // Rating rose, competency gained and JP compliance: no data, not "0% (0 dari 62)".
    expect([emptyYear[1], emptyYear[2], emptyYear[6]]).toEqual([noData, noData, noData]);
    // The seed's IKM of last year shows in the table's IKM column (the fourth).
    const lastYear = table.locator('tbody tr', { hasText: String(YEAR - 1) });
    const seeded = api.find((row) => row.year === YEAR - 1)!.satisfactionIndex!;
    expect(await lastYear.locator('td').nth(3).textContent()).toContain(String(Math.trunc(seeded)));

    await page.locator('#ikm-year').selectOption(String(YEAR - 1));
    await page.locator('#ikm-score').fill('91.25');
    await page.getByTestId('ikm-save').click();
    await page.getByTestId('ikm-saved').waitFor();
    await expect.poll(() => lastYear.locator('td').nth(3).textContent(), POLL).toMatch(/91[.,]25 \(A, Sangat Baik\)/);
    const after = await graphql(browser.stack.gatewayUrl, TREND, { id: root.id, years: [YEAR - 1] }, { token });
    expect(after.data!.unit.successTrend).toMatchObject([
      { year: YEAR - 1, satisfactionIndex: 91.25, satisfactionCategory: 'A' },
    ]);
    expect(await page.locator('.trend-chart[aria-hidden="true"] svg').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-success');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator('.trend-chart').isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
