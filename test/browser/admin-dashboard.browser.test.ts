// The administrator's dashboard: the agency's figures as the API gives them (one hand-worked from the seed), a
// figure's link opening the list behind it, and refused for a manager and scoped away from another agency's
// administrator, in the page and in the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type GraphqlResponse } from '../support/graphql-client.js';
import { signIn, signInWithProfile } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';
import { AMBON_TIME_ZONE, yearIn } from '../support/local-date.js';

const YEAR = yearIn(AMBON_TIME_ZONE);
const DASHBOARD = `query ($agencyId: ID!, $year: Int!, $next: Int!) { units(agencyId: $agencyId) { id name depth parent { id }
  jpmCategoryShares { category count } expiringCertificates(withinDays: 90) { id } pendingEnrolments { id }
  submittedPlans(years: [$year, $next]) { id } trainingSpend(year: $year) { budget committed } } }`;
const RISK = `query ($id: ID!) { unit(id: $id) { jpProjection { atRisk { employee { id } shortfall } } } }`;
const FIGURES = `query ($id: ID!, $year: Int!) { unit(id: $id) { jpmCategoryShares { count }
  jpProjection { atRisk { shortfall } } trainingSpend(year: $year) { budget } } }`;

interface ApiUnit {
  id: string;
  name: string;
  depth: number;
  parent: { id: string } | null;
  jpmCategoryShares: { category: string; count: number }[];
  expiringCertificates: { id: string }[];
  pendingEnrolments: { id: string }[];
  submittedPlans: { id: string }[];
  trainingSpend: { budget: number; committed: number };
}

/** No figure of the unit, and only refusals: the member ids the training figures need are refused first, which
 *  nulls the unit itself (they are non-null). */
function expectRefused(response: GraphqlResponse<Record<string, unknown>>): void {
  const unit = response.data?.unit as Record<string, unknown> | null;
  for (const field of ['jpmCategoryShares', 'jpProjection', 'trainingSpend']) expect(unit?.[field] ?? null).toBeNull();
  expect(new Set(response.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
}

const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

describe('administrator console: the dashboard', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let units: ApiUnit[];
  const unitsOf = async (token: string, agencyId: string) => {
    const response = await graphql(
      browser.stack.gatewayUrl,
      DASHBOARD,
      { agencyId, year: YEAR, next: YEAR + 1 },
      { token },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.units as ApiUnit[];
  };
  const kominfo = () => units.find((unit) => unit.name === 'Dinas Komunikasi dan Informatika')!;

  beforeAll(async () => {
    browser = await startBrowserStack();
    const admin = await signInWithProfile(browser.stack.gatewayUrl, 'admin.ambon');
    adminToken = admin.token;
    units = await unitsOf(adminToken, (admin.user as unknown as { agencyId: string }).agencyId);
  });
  afterAll(() => browser?.stop());

  it('shows the agency’s figures as the API gives them, at both widths', async () => {
    const root = units.find((unit) => unit.depth === 0)!;
    const risk = await graphql(browser.stack.gatewayUrl, RISK, { id: root.id }, { token: adminToken });
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin');
    await page.waitForURL('**/admin/dashboard');
    const tile = (key: string) => page.getByTestId(`dashboard-tile-${key}`).getByTestId('figure');
    await expect.poll(() => tile('expiring').textContent(), POLL).toBe(String(root.expiringCertificates.length));
    expect(await tile('enrolments').textContent()).toBe(String(root.pendingEnrolments.length));
    expect(await tile('plans').textContent()).toBe(String(root.submittedPlans.length));
    await expect
      .poll(() => tile('at-risk').textContent(), POLL)
      .toBe(String(risk.data!.unit.jpProjection.atRisk.length));

    // Budget of the Dinas Kominfo and its three sub-units, by the seed's rule (((id × 7) mod 9) + 1) × Rp 10 juta:
    // units 4, 5, 6, 7 → 20 + 90 + 70 + 50 = Rp 230 juta.
    const budgetRow = page.getByTestId('dashboard-budget').locator('tr', { hasText: kominfo().name });
    expect(digits(await budgetRow.locator('td').nth(1).textContent())).toBe('230000000');
    const subtree = units.filter((unit) => unit.id === kominfo().id || unit.parent?.id === kominfo().id);
    expect(subtree.reduce((sum, unit) => sum + unit.trainingSpend.budget, 0)).toBe(230_000_000);
    expect(digits(await budgetRow.locator('td').nth(2).textContent())).toBe(String(kominfo().trainingSpend.committed));

    // The JPM counts of a unit, category by category.
    const jpmRow = page.getByTestId('dashboard-jpm').locator('tr', { hasText: kominfo().name });
    const cells = await jpmRow.locator('td').allTextContents();
    expect(cells.slice(1).map((cell) => cell.split(' ')[0])).toEqual(
      ['OPTIMAL', 'CUKUP_OPTIMAL', 'KURANG_OPTIMAL'].map((category) =>
        String(kominfo().jpmCategoryShares.find((share) => share.category === category)!.count),
      ),
    );
    // The charts drew (one per distribution), hidden from screen readers beside their tables.
    expect(await page.locator('.dashboard-chart[aria-hidden="true"] svg').count()).toBe(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-dashboard');
    // At 390 px the tables alone carry the figures.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator('.dashboard-chart').first().isVisible()).toBe(false);
    expect(await page.getByTestId('dashboard-budget').locator('table').isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('opens the list behind a figure: certificates expiring, a unit’s inbox, a unit’s budget', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/dashboard');
    await page.getByTestId('dashboard-tile-expiring').click();
    await page.waitForURL((url) => url.pathname === '/admin/certification');
    expect(new URL(page.url()).searchParams.get('view')).toBe('EXPIRING_90');
    expect(await page.locator('#certificate-view').inputValue()).toBe('EXPIRING_90');

    await page.goBack();
    // The Dinas Kominfo's plans waiting (the seed has one), in its inbox.
    const waiting = page.getByTestId('dashboard-waiting').locator('tr', { hasText: kominfo().name });
    expect(kominfo().submittedPlans.length).toBeGreaterThan(0);
    await waiting.locator('td').nth(3).getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/inbox' && url.searchParams.get('unit') === kominfo().id);
    await expect
      .poll(() => page.locator('[data-testid^="inbox-plan-"]').count(), POLL)
      .toBe(kominfo().submittedPlans.length);
    expect(await page.locator('[data-testid^="inbox-request-"]').count()).toBe(kominfo().pendingEnrolments.length);

    await page.goto('/admin/dashboard');
    await page.getByTestId('dashboard-budget').getByRole('link', { name: kominfo().name }).click();
    await page.waitForURL((url) => url.pathname === '/admin/training');
    expect(await page.locator('#budget-unit').inputValue()).toBe(kominfo().id);
    expect(await page.locator('#budget-year').inputValue()).toBe(String(YEAR));
  });

  it('is refused to a manager, in the page and in the API for a unit they do not head', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'kadis.kominfo.ambon', '/admin/dashboard');
    await page.getByTestId('admin-refused').waitFor();
    const token = await signIn(browser.stack.gatewayUrl, 'kadis.kominfo.ambon');
    const root = units.find((unit) => unit.depth === 0)!;
    expectRefused(await graphql(browser.stack.gatewayUrl, FIGURES, { id: root.id, year: YEAR }, { token }));
  });

  it('keeps another agency’s administrator to their own agency', async () => {
    const mamuju = await signInWithProfile(browser.stack.gatewayUrl, 'admin.mamuju');
    expectRefused(
      await graphql(browser.stack.gatewayUrl, FIGURES, { id: kominfo().id, year: YEAR }, { token: mamuju.token }),
    );

    // Their dashboard is Mamuju's: its Dinas Kominfo (units 16-19) has 50 + 30 + 10 + 80 = Rp 170 juta.
    const page = await browser.newPage();
    await signInAs(page, 'admin.mamuju', '/admin/dashboard');
    const budgetRow = page.getByTestId('dashboard-budget').locator('tr', { hasText: kominfo().name });
    await budgetRow.waitFor();
    expect(digits(await budgetRow.locator('td').nth(1).textContent())).toBe('170000000');
    const hrefs = await page
      .getByTestId('dashboard-budget')
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    const links = hrefs.map((href) => new URL(href, browser.stack.gatewayUrl).searchParams.get('budgetUnit'));
    expect(links).toHaveLength(5);
    expect(links).not.toContain(kominfo().id);
  });
});
