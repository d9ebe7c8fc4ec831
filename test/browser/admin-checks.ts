// What every administrator-console browser test checks besides the task: no serious or critical axe-core
// violations, and full-page screenshots at laptop (1366 px) and phone (390 px) width for a human to look at.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { BrowserStack } from './browser-stack.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** expect.poll's options for the console's tests: a query can take seconds while other stacks share the CPUs. */
export const POLL = { timeout: 15_000 } as const;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2 A and AA rules) on the page and returns the serious and critical findings. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the debugging protocol: the app's CSP (script-src 'self') rightly refuses an inline script tag.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type AxeResults = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (context: string, options: object) => Promise<AxeResults> } }).axe;
    const results = await axe.run('html', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
  });
}

/** Screenshots at 1366 px and at 390 px (the page is left at 1366 px). */
export async function screenshotBothWidths(browser: BrowserStack, page: Page, name: string): Promise<void> {
  await browser.screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(150);
  await browser.screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 768 });
}
