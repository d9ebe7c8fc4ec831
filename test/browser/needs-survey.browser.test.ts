// The yearly training-needs survey in the browser: an ASN answers their unit's survey from their own training page;
// the head sees the answers on the team page, adds their own needs, and the needs analysis counts the survey beside
// the gaps. Each step checked through the API, the pages checked with axe at both widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { POLL } from './admin-checks.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { followNavLink, signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';
import { AMBON_TIME_ZONE, yearIn } from '../support/local-date.js';

const ASN = 'asn.ambon.1';
const MANAGER = 'kabid.aplikasi.ambon';
const YEAR = yearIn(AMBON_TIME_ZONE);
const SURVEY = `query ($year: Int!) { unit(id: "6") { needsSurvey(year: $year) { responses { source employee { id }
  forms note competencies { id } } } trainingNeeds(year: $year) { surveyDemand { competency { id } employees byManager } } } }`;
type Survey = {
  needsSurvey: {
    responses: {
      source: string;
      employee: { id: string };
      forms: string[];
      note: string | null;
      competencies: { id: string }[];
    }[];
  };
  trainingNeeds: { surveyDemand: { competency: { id: string }; employees: number; byManager: boolean }[] };
};

describe('a unit’s training-needs survey from the answers to the needs analysis', () => {
  let browser: BrowserStack;
  let managerToken: string;
  const unitSix = async () => {
    const response = await graphql<{ unit: Survey }>(
      browser.stack.gatewayUrl,
      SURVEY,
      { year: YEAR },
      { token: managerToken },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.unit;
  };

  beforeAll(async () => {
    browser = await startBrowserStack();
    managerToken = (await signInWithProfile(browser.stack.gatewayUrl, MANAGER)).token;
  });
  afterAll(() => browser?.stop());

  it('lets an ASN answer their unit’s survey from their training page', async () => {
    const page = await browser.newPage();
    await signInAs(page, ASN);
    await followNavLink(page, 'Pelatihan & rencana saya');
    await page.waitForURL(/\/my-training/);
    const section = page.getByTestId('my-needs-survey');
    await section.getByRole('heading', { name: `Survei kebutuhan pelatihan ${YEAR}` }).waitFor();
    const competencies = section.getByTestId('my-survey-answer-competencies');
    await expect.poll(() => competencies.locator('option').count(), POLL).toBeGreaterThan(5);
    await competencies.selectOption([
      { label: 'PAPL · Pengembangan Aplikasi' },
      { label: 'KAMINFO · Keamanan Informasi' },
    ]);
    await section.getByLabel('Nonklasikal (coaching, e-learning, magang)').check();
    await section.getByLabel('Apa yang ingin Anda kuasai').fill('Mengamankan aplikasi layanan publik kota.');
    await section.getByTestId('my-survey-answer-send').click();
    await expect.poll(() => section.getByTestId('my-survey-saved').textContent(), POLL).toContain('disimpan');
    const mine = (await unitSix()).needsSurvey.responses.find((row) => row.employee.id === '14')!;
    expect(mine).toMatchObject({
      source: 'EMPLOYEE',
      forms: ['NON_CLASSICAL'],
      note: 'Mengamankan aplikasi layanan publik kota.',
    });
    expect(mine.competencies.map((row) => row.id).sort()).toEqual(['15', '21']);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await checkAtBothWidths(browser, page, 'needs-survey-asn');
  });

  it('shows the head every answer on the team page; their additions count beside the gaps', async () => {
    const page = await browser.newPage();
    await signInAs(page, MANAGER);
    await followNavLink(page, 'Tim saya');
    await page.waitForURL(/\/team$/);
    const survey = page.getByTestId('team-needs-survey');
    await expect.poll(() => survey.getByTestId('team-survey-responses').locator('tbody tr').count(), POLL).toBe(6);
    await expect(survey.getByTestId('team-survey-responses').textContent()).resolves.toContain('Keamanan Informasi');
    // Pengembangan Aplikasi: three seeded members and the ASN's answer above.
    await expect.poll(() => page.getByTestId('demand-21').textContent(), POLL).toContain('4');

    const add = survey.getByTestId('team-survey-add-form');
    await add.getByTestId('team-survey-add-competencies').selectOption([{ label: 'AKEB · Analisis Kebijakan' }]);
    await add.getByTestId('team-survey-add-send').click();
    await expect.poll(() => survey.getByTestId('team-survey-notice').textContent(), POLL).toContain('disimpan');
    const { needsSurvey, trainingNeeds } = await unitSix();
    const head = needsSurvey.responses.find((row) => row.source === 'MANAGER')!;
    expect(head.competencies.map((row) => row.id)).toEqual(['17']);
    expect(trainingNeeds.surveyDemand).toContainEqual({ competency: { id: '17' }, employees: 0, byManager: true });
    expect(trainingNeeds.surveyDemand).toContainEqual({ competency: { id: '21' }, employees: 4, byManager: false });
    await expect.poll(() => page.getByTestId('demand-17').textContent(), POLL).toContain('Ya');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await checkAtBothWidths(browser, page, 'needs-survey-team');
  });
});
