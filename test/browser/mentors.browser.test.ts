// Mentors by competency in the browser: the Kepala Bidang picks one of their people and a competency, sees the
// ranked suggestions the API gives, starts a mentorship with the first, and the API shows it; axe at both widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { checkAtBothWidths } from './axe.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const MANAGER = 'kabid.aplikasi.ambon';
/** A Pranata Komputer Ahli Muda of the manager's unit, and Mengelola Perubahan,
 *  which many senior colleagues hold at her target. */
const MENTEE = '20';
const MENGELOLA_PERUBAHAN = '7';
const SUGGESTED = `query ($e: ID!, $c: ID!) { mentorSuggestions(employeeId: $e, competencyId: $c) {
  targetLevel suggestions { mentor { id name } level } } }`;
const MENTORS = `query ($id: ID!) { employee(id: $id) { mentors { mentor { id } active focusCompetencies { id } } } }`;

describe('a manager finds a mentor by competency and starts the mentorship', () => {
  let browser: BrowserStack;
  let token: string;
  const api = async <T>(query: string, variables: Record<string, unknown>) => {
    const response = await graphql<T>(browser.stack.gatewayUrl, query, variables, { token });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  beforeAll(async () => {
    browser = await startBrowserStack();
    ({ token } = await signInWithProfile(browser.stack.gatewayUrl, MANAGER));
  });
  afterAll(() => browser?.stop());

  it('shows the ranked mentors of the API and starts a mentorship with the first', async () => {
    const { mentorSuggestions } = await api<{
      mentorSuggestions: { targetLevel: number; suggestions: { mentor: { id: string; name: string } }[] };
    }>(SUGGESTED, { e: MENTEE, c: MENGELOLA_PERUBAHAN });
    expect(mentorSuggestions.suggestions.length).toBeGreaterThan(1);
    const first = mentorSuggestions.suggestions[0]!.mentor;

    const page = await browser.newPage();
    await signInAs(page, MANAGER, '/mentors');
    await page.getByTestId('mentor-mentee').locator(`option[value="${MENTEE}"]`).waitFor({ state: 'attached' });
    await page.getByTestId('mentor-mentee').selectOption(MENTEE);
    await page.getByTestId('mentor-competency').selectOption(MENGELOLA_PERUBAHAN);
    const rows = page.getByTestId('mentor-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(mentorSuggestions.suggestions.length);
    expect(await rows.first().locator('strong').textContent()).toBe(first.name);
    await expect
      .poll(() => page.getByTestId('mentor-target').textContent())
      .toContain(String(mentorSuggestions.targetLevel));
    await checkAtBothWidths(browser, page, 'mentors');

    const slotsBefore = Number(await rows.first().locator('td').nth(4).textContent());
    await rows.first().getByRole('button').click();
    await page.getByTestId('mentor-started').waitFor();
    const { employee } = await api<{
      employee: { mentors: { mentor: { id: string }; active: boolean; focusCompetencies: { id: string }[] }[] };
    }>(MENTORS, { id: MENTEE });
    expect(employee.mentors).toContainEqual({
      mentor: { id: first.id },
      active: true,
      focusCompetencies: [{ id: MENGELOLA_PERUBAHAN }],
    });
    // The list is asked again: the mentor now has one free slot less.
    await expect.poll(() => rows.first().locator('td').nth(4).textContent()).toBe(String(slotsBefore - 1));
    await browser.screenshot(page, 'mentors-started');
  }, 120_000);

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
