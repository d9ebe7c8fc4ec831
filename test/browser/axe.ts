// The accessibility check of the browser tests: axe-core's own source evaluated in the page (through the DevTools
// protocol, so the app's Content-Security-Policy does not block it), run over the whole document, and the serious
// and critical violations returned as short lines a failing assertion prints readably.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BrowserStack } from './browser-stack.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical WCAG 2.x A/AA violations on the page as it is now, one line each (empty when none). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Half a megabyte of script: evaluated once per document, not at every check of the same page.
  if ((await page.evaluate('typeof axe')) === 'undefined') await page.evaluate(AXE_SOURCE);
  // A string, run in the page: the tests compile without the DOM's types.
  const violations = (await page.evaluate(`axe
    .run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })
    .then((result) => result.violations)`)) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node) => JSON.stringify(node.target))
          .join(', ')}`,
    );
}

/**
 * Photographs the page at 1366 px and at 390 px, and at phone width asserts no serious accessibility violation
 * and nothing wider than the screen at either width (the page scrolls vertically only); back at 1366 px afterwards.
 */
export async function checkAtBothWidths(
  browser: BrowserStack,
  page: Page,
  name: string,
  viewportOnly = false,
): Promise<void> {
  await browser.screenshot(page, `${name}-1366`, { viewportOnly });
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1366);
  await page.setViewportSize({ width: 390, height: 844 });
  await browser.screenshot(page, `${name}-390`, { viewportOnly });
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1366, height: 768 });
}
