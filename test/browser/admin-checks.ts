// What every administrator-console browser test checks besides the task: no serious or critical axe-core
// violations (axe.ts) at laptop (1366 px) and phone (390 px) width, nothing wider than the screen at either (the page
// scrolls vertically only; wide tables scroll inside their own box), and full-page screenshots at both widths for a
// human to look at.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousA11yViolations } from './axe.js';
import type { BrowserStack } from './browser-stack.js';

export { seriousA11yViolations as seriousAxeViolations } from './axe.js';

/** expect.poll's options for the console's tests: a query can take seconds while other stacks share the CPUs. */
export const POLL = { timeout: 15_000 } as const;

const pageWidth = (page: Page) => page.evaluate('document.documentElement.scrollWidth') as Promise<number>;

/** The innermost elements reaching past the right edge, so a failed width check says what to fix (a string, as the
 *  tests' own types have no DOM). */
const widerThan = (page: Page, width: number) =>
  page.evaluate(`(() => {
    const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > ${width + 1});
    return wide
      .filter((e) => !wide.some((other) => other !== e && e.contains(other)))
      .slice(0, 5)
      .map((e) => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'));
  })()`) as Promise<string[]>;

/** Screenshots at 1366 px and at 390 px, with the phone-width checks (the page is left at 1366 px). */
export async function screenshotBothWidths(browser: BrowserStack, page: Page, name: string): Promise<void> {
  await browser.screenshot(page, `${name}-1366`);
  expect(await pageWidth(page), `${name} at 1366 px`).toBeLessThanOrEqual(1366);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(150);
  await browser.screenshot(page, `${name}-390`);
  const violations = await seriousA11yViolations(page);
  expect(violations, `${name} at 390 px: ${violations.join('; ')}`).toEqual([]);
  expect(await pageWidth(page), `${name} at 390 px: ${(await widerThan(page, 390)).join(', ')}`).toBeLessThanOrEqual(
    390,
  );
  await page.setViewportSize({ width: 1366, height: 768 });
}
