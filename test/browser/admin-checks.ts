// What every administrator-console browser test checks besides the task: no serious or critical axe-core
// violations (axe.ts), and full-page screenshots at laptop (1366 px) and phone (390 px) width for a human to look at.
import type { Page } from 'playwright-core';
import type { BrowserStack } from './browser-stack.js';

export { seriousA11yViolations as seriousAxeViolations } from './axe.js';

/** expect.poll's options for the console's tests: a query can take seconds while other stacks share the CPUs. */
export const POLL = { timeout: 15_000 } as const;

/** Screenshots at 1366 px and at 390 px (the page is left at 1366 px). */
export async function screenshotBothWidths(browser: BrowserStack, page: Page, name: string): Promise<void> {
  await browser.screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(150);
  await browser.screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 768 });
}
