// Succession for key positions in the browser: the administrator opens the console's Suksesi tab on the whole agency,
// sees each key post with its holder, the "no ready successor" flags and the successors by readiness as the API
// gives them, and follows a candidate to their planner; the head of Dinas Kominfo reaches their own unit's view from
// the header and from the talent 9-box. Axe and screenshots at 1366 and 390 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { checkAtBothWidths } from './axe.js';
import { followNavLink, signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const PLAN = `query ($unitId: ID) { successionPlan(agencyId: "1", unitId: $unitId) { withoutReadySuccessor
  positions { position { id name } hasReadySuccessor holders { retiresSoon }
    candidates { employee { id name } readiness } } } }`;

type Plan = {
  withoutReadySuccessor: number;
  positions: {
    position: { id: string; name: string };
    hasReadySuccessor: boolean;
    holders: { retiresSoon: boolean }[];
    candidates: { employee: { id: string; name: string }; readiness: string }[];
  }[];
};

describe('succession for key positions', () => {
  let browser: BrowserStack;
  const planOf = async (username: string, unitId: string | null) => {
    const token = await signIn(browser.stack.gatewayUrl, username);
    const response = await graphql<{ successionPlan: Plan }>(browser.stack.gatewayUrl, PLAN, { unitId }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.successionPlan;
  };

  beforeAll(async () => {
    browser = await startBrowserStack();
  });
  afterAll(() => browser?.stop());

  it('shows the administrator every key post of the agency as the API plans it, and links to a planner', async () => {
    const plan = await planOf('admin.ambon', null);
    expect(plan.withoutReadySuccessor).toBeGreaterThan(0);
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin');
    await page
      .getByTestId('admin-tabs-nav')
      .getByRole('link', { name: /^(Suksesi|Succession)$/ })
      .click();
    await page.waitForURL('**/admin/succession');
    const cards = page.getByTestId('succession-position');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(plan.positions.length);
    expect(await page.getByTestId('succession-summary').textContent()).toContain(
      `${plan.withoutReadySuccessor} jabatan kunci belum punya penerus`,
    );
    const flags = await page.getByTestId('succession-ready-flag').allTextContents();
    expect(flags.map((text) => text.trim())).toEqual(
      plan.positions.map((row) => (row.hasReadySuccessor ? 'Ada penerus siap' : 'Belum ada penerus yang siap')),
    );
    expect(await page.getByTestId('succession-retires-soon').count()).toBe(
      plan.positions.flatMap((row) => row.holders).filter((holder) => holder.retiresSoon).length,
    );
    // A post with candidates in several groups: each group lists the API's candidates of that readiness.
    const busiest = [...plan.positions].sort((a, b) => b.candidates.length - a.candidates.length)[0]!;
    const card = cards.filter({ has: page.getByRole('heading', { name: busiest.position.name, exact: true }) });
    for (const readiness of new Set(busiest.candidates.map((candidate) => candidate.readiness))) {
      const names = await card
        .getByTestId(`succession-group-${readiness}`)
        .getByTestId('succession-candidate')
        .locator('a.candidate__name')
        .allTextContents();
      expect(names.map((name) => name.trim())).toEqual(
        busiest.candidates.filter((each) => each.readiness === readiness).map((each) => each.employee.name),
      );
    }
    await checkAtBothWidths(browser, page, 'succession-admin');

    const first = busiest.candidates[0]!;
    await card.getByRole('link', { name: `Perencana karier ${first.employee.name}` }).click();
    await page.waitForURL(
      (url) => url.pathname === '/career-planner' && url.searchParams.get('employee') === first.employee.id,
    );
  }, 180_000);

  it("shows the head of Dinas Kominfo their unit's key posts from the header and from the 9-box", async () => {
    const plan = await planOf('kadis.kominfo.ambon', '4');
    const page = await browser.newPage();
    await signInAs(page, 'kadis.kominfo.ambon');
    await followNavLink(page, 'Suksesi');
    await page.waitForURL('**/succession**');
    const cards = page.getByTestId('succession-position');
    await cards.first().waitFor();
    const headings = await cards.locator('h2').allTextContents();
    expect(headings.map((text) => text.trim())).toEqual(plan.positions.map((row) => row.position.name));
    await checkAtBothWidths(browser, page, 'succession-manager');

    // From the talent 9-box, whose boxes 7-9 are the pool, to the same unit's succession.
    await page.goto('/talent-grid?unit=4');
    await page.getByTestId('talent-succession-link').click();
    await page.waitForURL((url) => url.pathname === '/succession' && url.searchParams.get('unit') === '4');
    await expect.poll(() => page.getByTestId('succession-position').count()).toBe(plan.positions.length);
  }, 120_000);

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
