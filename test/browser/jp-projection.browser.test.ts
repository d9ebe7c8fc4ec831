// The JP projection in the web on 1 September 2026 (Ambon's date): the unit head sees who will fall short with the
// cheapest open sessions, the administrator the whole agency, the ASN their own; and the unit head's growth views
// (the matrix as of a date, two dates compared, the year's most improved). Each is checked against the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { checkAtBothWidths } from './axe.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const UNIT = `query ($id: ID!) { unit(id: $id) { jpProjection { atRisk { employee { id } } overCap { employee { id } } } } }`;
const GROWTH = `query ($input: TeamGrowthInput!) { teamGrowth(input: $input) { rows { employee { id } levelGain } } }`;
const IMPROVED = `query { mostImproved(unitId: "6", year: 2026) { rows { employee { id } } } }`;
const OWN = `query ($id: ID!) { employee(id: $id) { jpProjection { shortfall suggestedSessions { session { id } } } } }`;

describe('the JP projection in the web', () => {
  let browser: BrowserStack;
  beforeAll(async () => {
    browser = await startBrowserStack({ env: { CLOCK_AT: '2026-09-01T03:00:00Z' } });
  });
  afterAll(() => browser?.stop());

  // Three sign-ins and two widths: slow while other stacks share the two CPUs.
  it('shows the unit head everyone of the unit the API projects to fall short', { timeout: 180_000 }, async () => {
    const token = await signIn(browser.stack.gatewayUrl, 'kabid.aplikasi.ambon');
    const api = await graphql(browser.stack.gatewayUrl, UNIT, { id: '6' }, { token });
    expect(api.errors).toBeUndefined();
    const atRisk = (api.data!.unit.jpProjection.atRisk as { employee: { id: string } }[]).map((row) => row.employee.id);
    expect(atRisk.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await signInAs(page, 'kabid.aplikasi.ambon', '/team?unit=6');
    const panel = page.getByTestId('jp-projection');
    await panel.waitFor();
    const links = panel.getByTestId('jp-projection-at-risk').locator('tbody th a');
    await expect.poll(() => links.count()).toBe(atRisk.length);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(atRisk.map((id) => `/employees/${id}`));
    await panel.scrollIntoViewIfNeeded();
    await checkAtBothWidths(browser, page, 'jp-projection-team');
  });

  it('shows the ASN their own projection with the sessions the API suggests', { timeout: 180_000 }, async () => {
    const token = await signIn(browser.stack.gatewayUrl, 'asn.ambon.1');
    const api = await graphql(browser.stack.gatewayUrl, OWN, { id: '14' }, { token });
    expect(api.errors).toBeUndefined();
    const own = api.data!.employee.jpProjection as { shortfall: number; suggestedSessions: unknown[] };
    const page = await browser.newPage();
    await signInAs(page, 'asn.ambon.1', '/employees/14');
    const card = page.getByTestId('own-jp-projection');
    await card.waitFor();
    if (own.shortfall > 0) {
      await expect
        .poll(() => card.getByTestId('own-jp-projection-short').textContent())
        .toContain(`${own.shortfall} JP`);
      expect(await card.locator('[data-testid="projection-sessions"] li').count()).toBe(own.suggestedSessions.length);
    } else {
      expect(await card.getByTestId('own-jp-projection-short').count()).toBe(0);
    }
    await checkAtBothWidths(browser, page, 'jp-projection-own');
  });

  it('shows the administrator the agency’s projection on the training console', { timeout: 180_000 }, async () => {
    const token = await signIn(browser.stack.gatewayUrl, 'admin.ambon');
    const api = await graphql(browser.stack.gatewayUrl, UNIT, { id: '1' }, { token });
    expect(api.errors).toBeUndefined();
    const atRisk = api.data!.unit.jpProjection.atRisk as unknown[];
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/training');
    const panel = page.getByTestId('jp-projection');
    await panel.waitFor();
    await expect.poll(() => panel.getByTestId('jp-projection-at-risk').locator('tbody tr').count()).toBe(atRisk.length);
    await checkAtBothWidths(browser, page, 'jp-projection-admin', true);
  });

  it(
    'keeps the matrix date in the URL, compares two dates and lists the most improved',
    { timeout: 180_000 },
    async () => {
      const token = await signIn(browser.stack.gatewayUrl, 'kabid.aplikasi.ambon');
      const input = { unitId: '6', from: '2025-12-31', to: '2026-09-01' };
      const growth = await graphql(browser.stack.gatewayUrl, GROWTH, { input }, { token });
      const improved = await graphql(browser.stack.gatewayUrl, IMPROVED, {}, { token });
      expect([growth.errors, improved.errors]).toEqual([undefined, undefined]);
      const page = await browser.newPage();
      await signInAs(page, 'kabid.aplikasi.ambon', '/team-matrix?unit=6');
      await page.getByTestId('matrix-as-of').fill('2026-03-01');
      await page.getByTestId('matrix-as-of').press('Tab');
      await page.waitForURL(/asOf=2026-03-01/);
      await page.getByTestId('matrix-compare').click();
      await page.waitForURL(/team-growth/);
      await page.goto('/team-growth?unit=6&from=2025-12-31&to=2026-09-01');
      const rows = page.getByTestId('growth-table').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(growth.data!.teamGrowth.rows.length);
      await checkAtBothWidths(browser, page, 'team-growth');
      await page.goto('/team?unit=6');
      const list = page.getByTestId('team-most-improved');
      await list.waitFor();
      const expected = improved.data!.mostImproved.rows as { employee: { id: string } }[];
      const links = list.locator('tbody th a');
      await expect.poll(() => links.count()).toBe(expected.length);
      expect(await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual(
        expected.map((row) => `/employees/${row.employee.id}`),
      );
    },
  );

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
