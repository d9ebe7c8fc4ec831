// The team matrix as the manager's work list: a competency column opens who is below standard there and the trainings
// the unit's needs analysis ranks by levels of that gap closed per rupiah; cells show dated training evidence beside
// the assessed level. Both checked against the API, the page checked with axe and photographed at both widths.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';
import { AMBON_TIME_ZONE, yearIn } from '../support/local-date.js';

const MANAGER = 'kabid.aplikasi.ambon';
const MATRIX = `query ($input: TeamMatrixInput!, $unitId: ID!, $year: Int!) {
  teamMatrix(input: $input) {
    columns { competencyId competency { code } }
    rows { requiredLevels currentLevels employee { trainingEvidence { competency { id } } } }
  }
  unit(id: $unitId) { trainingNeeds(year: $year) { needs { competency { id } trainings { rank training { title } } } } }
}`;
interface Answer {
  teamMatrix: {
    columns: { competencyId: string; competency: { code: string } }[];
    rows: {
      requiredLevels: (number | null)[];
      currentLevels: (number | null)[];
      employee: { trainingEvidence: { competency: { id: string } }[] | null };
    }[];
  };
  unit: {
    trainingNeeds: {
      needs: { competency: { id: string }; trainings: { rank: number; training: { title: string } }[] }[];
    } | null;
  };
}

describe('the matrix column panel and training evidence for a manager', () => {
  let browser: BrowserStack;
  let page: Page;
  let answer: Answer;

  beforeAll(async () => {
    browser = await startBrowserStack();
    const { token, user } = await signInWithProfile(browser.stack.gatewayUrl, MANAGER);
    const unitId = user.unitIds[0]!;
    const result = await graphql<Answer>(
      browser.stack.gatewayUrl,
      MATRIX,
      { input: { unitId, includeSubUnits: true }, unitId, year: yearIn(AMBON_TIME_ZONE) },
      { token },
    );
    expect(result.errors).toBeUndefined();
    answer = result.data!;
    page = await browser.newPage();
    await signInAs(page, MANAGER, `/team-matrix?unit=${unitId}`);
    await page.getByTestId('competency-matrix').locator('tbody tr').first().waitFor();
  });
  afterAll(() => browser?.stop());

  it('marks every required cell with training evidence, as many as the API gives', async () => {
    const { columns, rows } = answer.teamMatrix;
    const expected = rows.reduce((sum, row) => {
      const proven = new Set((row.employee.trainingEvidence ?? []).map((line) => line.competency.id));
      return (
        sum +
        columns.filter((column, index) => row.requiredLevels[index] != null && proven.has(column.competencyId)).length
      );
    }, 0);
    expect(expected).toBeGreaterThan(0);
    const marked = page.getByTestId('competency-matrix').locator('td[data-evidence]');
    await expect(marked.count()).resolves.toBe(expected);
    await expect(marked.first().locator('.visually-hidden').last().textContent()).resolves.toMatch(
      /bukti pelatihan: level \d pada \d{1,2} \S+ \d{4}/,
    );
  });

  it('opens a column on who is below standard and the trainings ranked for its gap', async () => {
    const { columns, rows } = answer.teamMatrix;
    const needs = answer.unit.trainingNeeds!.needs;
    const index = columns.findIndex((column) => {
      const need = needs.find((line) => line.competency.id === column.competencyId);
      return need && need.trainings.length > 1;
    });
    expect(index).toBeGreaterThanOrEqual(0);
    const column = columns[index]!;
    const ranked = needs.find((line) => line.competency.id === column.competencyId)!.trainings;
    const below = rows.filter((row) => {
      const [required, current] = [row.requiredLevels[index], row.currentLevels[index]];
      return required != null && current != null && current < required;
    }).length;
    await page.getByTestId(`matrix-column-${column.competency.code}`).click();
    const panel = page.getByTestId('matrix-column-needs');
    const trainings = panel.getByTestId('matrix-column-trainings').locator('li');
    await trainings.first().waitFor();
    await expect(trainings.count()).resolves.toBe(ranked.length);
    await expect(trainings.first().locator('strong').textContent()).resolves.toBe(ranked[0]!.training.title);
    const people = panel.getByTestId('matrix-column-below').locator('li');
    await expect(people.count()).resolves.toBe(below);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await checkAtBothWidths(browser, page, 'matrix-needs');
    await browser.screenshot(panel, 'matrix-needs-panel');
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
