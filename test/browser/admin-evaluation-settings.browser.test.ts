// The evaluation delays as agency settings, in the browser: the administrator refuses a 0-month delay beside its field
// (nothing written), then sets the months before an application (L3) rating is due and the re-assessment window; the
// manager's inbox, read through the API, follows the new values; the partnership lapsing window is saved beside them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const MANAGER = 'kabid.aplikasi.ambon';
const INBOX = `query ($id: ID!) { unit(id: $id) { applicationRatingsDue { id } reassessmentProposals { id } } }`;
const SETTINGS = `query ($agencyId: ID!) { agency(id: $agencyId) { jpSettings {
  applicationRatingAfterMonths reassessmentProposalMonths partnershipLapsingDays } } }`;

describe('an administrator sets the evaluation delays of the agency', () => {
  let browser: BrowserStack;
  let managerToken: string;
  let unitId: string;
  let adminToken: string;
  let agencyId: string;

  beforeAll(async () => {
    browser = await startBrowserStack();
    const manager = await signInWithProfile(browser.stack.gatewayUrl, MANAGER);
    managerToken = manager.token;
    unitId = manager.user.unitIds[0]!;
    const admin = await signInWithProfile(browser.stack.gatewayUrl, 'admin.ambon');
    adminToken = admin.token;
    agencyId = (admin.user as unknown as { agencyId: string }).agencyId;
  });
  afterAll(() => browser?.stop());

  const inbox = async () => {
    const result = await graphql<{ unit: { applicationRatingsDue: unknown[]; reassessmentProposals: unknown[] } }>(
      browser.stack.gatewayUrl,
      INBOX,
      { id: unitId },
      { token: managerToken },
    );
    expect(result.errors).toBeUndefined();
    return {
      due: result.data!.unit.applicationRatingsDue.length,
      proposals: result.data!.unit.reassessmentProposals.length,
    };
  };
  const settings = async () =>
    (
      await graphql<{ agency: { jpSettings: Record<string, number> } }>(
        browser.stack.gatewayUrl,
        SETTINGS,
        { agencyId },
        { token: adminToken },
      )
    ).data!.agency.jpSettings;

  it('refuses a zero delay beside its field, then saves both delays, which the inbox then follows', async () => {
    const before = await inbox();
    expect(before.due).toBeGreaterThan(0);
    expect(before.proposals).toBeGreaterThan(0);
    expect(await settings()).toEqual({
      applicationRatingAfterMonths: 3,
      reassessmentProposalMonths: 12,
      partnershipLapsingDays: 90,
    });
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/settings');
    await page.getByTestId('agency-settings').waitFor();
    await expect.poll(() => page.locator('#settings-applicationRatingAfterMonths').inputValue(), POLL).toBe('3');
    expect(await page.locator('#settings-reassessmentProposalMonths').inputValue()).toBe('12');
    expect(await page.locator('#settings-partnershipLapsingDays').inputValue()).toBe('90');

    // The browser's own range check would stop a 0 before the API sees it: lift it to show the API's answer.
    await page.locator('#settings-applicationRatingAfterMonths').evaluate((input) => input.removeAttribute('min'));
    await page.locator('#settings-applicationRatingAfterMonths').fill('0');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('settings-applicationRatingAfterMonths-error').count(), POLL).toBe(1);
    expect(await page.locator('#settings-applicationRatingAfterMonths').getAttribute('aria-invalid')).toBe('true');
    expect(await settings()).toEqual({
      applicationRatingAfterMonths: 3,
      reassessmentProposalMonths: 12,
      partnershipLapsingDays: 90,
    });

    // Two years before a rating is due and a one-month window: the demo's completions are neither due nor proposed.
    await page.locator('#settings-applicationRatingAfterMonths').fill('24');
    await page.locator('#settings-reassessmentProposalMonths').fill('1');
    await page.locator('#settings-partnershipLapsingDays').fill('30');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('settings-saved').count(), POLL).toBe(1);
    expect(await settings()).toEqual({
      applicationRatingAfterMonths: 24,
      reassessmentProposalMonths: 1,
      partnershipLapsingDays: 30,
    });
    const after = await inbox();
    expect(after.due).toBeLessThan(before.due);
    expect(after.proposals).toBeLessThan(before.proposals);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-evaluation-settings');
  }, 180_000);

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors.filter((error) => !/status of 400|BAD_USER_INPUT/.test(error))).toEqual([]);
  });
});
