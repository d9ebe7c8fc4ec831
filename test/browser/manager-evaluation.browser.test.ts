// The evaluation loop in a manager's inbox, in the browser: an application rating refused without a follow-up, then
// saved low with a follow-up training that the manager accepts by choosing a session (the plan of its year holds it),
// another rated low with mentoring accepted by starting a mentorship, a proposal dismissed and a re-assessment
// closed; each outcome checked through the API, the page checked with axe and photographed at both widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const MANAGER = 'kabid.aplikasi.ambon';
interface DueItem {
  id: string;
  employee: { id: string };
  training: { id: string; competencies: { competency: { id: string } }[] };
}
const INBOX = `query ($id: ID!) { unit(id: $id) {
  applicationRatingsDue { id employee { id } training { id competencies { competency { id } } } }
  followUpProposals { id }
  reassessmentProposals { id }
} }`;
const OPTIONS = `query ($e: ID!, $c: ID!) {
  competency(id: $c) { developingTrainings { id sessions { id isOpen } } }
  mentorSuggestions(employeeId: $e, competencyId: $c) { suggestions { mentor { id } } }
}`;
const ENROLMENT = `query ($id: ID!) { enrolment(id: $id) {
  applicationRating followUp followUpDecision reassessmentClosedOn
} }`;
const PLAN = `query ($e: ID!, $year: Int!) { employee(id: $e) {
  developmentPlan(year: $year) { items { session { id } } }
  mentors { mentor { id } active }
} }`;

describe('a manager closes the evaluation loop from the inbox', () => {
  let browser: BrowserStack;
  let page: Page;
  let token: string;
  let unitId: string;
  let forTraining: DueItem;
  let forMentor: DueItem;
  const api = async <T>(query: string, variables: Record<string, unknown>) => {
    const response = await graphql<T>(browser.stack.gatewayUrl, query, variables, { token });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const enrolment = (id: string) =>
    api<{
      enrolment: {
        applicationRating: number | null;
        followUp: string | null;
        followUpDecision: string | null;
        reassessmentClosedOn: string | null;
      };
    }>(ENROLMENT, { id }).then((data) => data.enrolment);
  const inbox = () =>
    api<{
      unit: {
        applicationRatingsDue: DueItem[];
        followUpProposals: { id: string }[];
        reassessmentProposals: { id: string }[];
      };
    }>(INBOX, { id: unitId }).then((data) => data.unit);
  const options = (item: DueItem) =>
    api<{
      competency: { developingTrainings: { id: string; sessions: { isOpen: boolean }[] }[] };
      mentorSuggestions: { suggestions: unknown[] };
    }>(OPTIONS, { e: item.employee.id, c: item.training.competencies[0]!.competency.id });

  /** Rates the row in the page: the rating, then (below 3) the follow-up kind. */
  async function rate(id: string, rating: string, followUp: string) {
    const row = page.getByTestId(`inbox-rating-${id}`);
    await row.getByTestId('rating-select').selectOption(rating);
    await row.getByTestId('follow-up-select').selectOption(followUp);
    await row.getByTestId('save-rating').click();
    await row.waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    browser = await startBrowserStack();
    const signedIn = await signInWithProfile(browser.stack.gatewayUrl, MANAGER);
    token = signedIn.token;
    unitId = signedIn.user.unitIds[0]!;
    // A due training whose first competency another training with an open session develops, and one whose first
    // competency a colleague could mentor.
    const due = (await inbox()).applicationRatingsDue;
    for (const item of due) {
      if (item.training.competencies.length === 0 || (forTraining && forMentor)) continue;
      const found = await options(item);
      const other = found.competency.developingTrainings.filter((training) => training.id !== item.training.id);
      if (!forTraining && other.some((training) => training.sessions.some((session) => session.isOpen))) {
        forTraining = item;
      } else if (!forMentor && found.mentorSuggestions.suggestions.length > 0) forMentor = item;
    }
    expect(forTraining).toBeDefined();
    expect(forMentor).toBeDefined();
    page = await browser.newPage();
    await signInAs(page, MANAGER, '/inbox');
    await page.getByTestId(`inbox-rating-${forTraining.id}`).waitFor();
    // Four subgraph processes and a browser start here: on a loaded machine that takes minutes.
  }, 600_000);
  afterAll(() => browser?.stop());

  it('will not save a low rating without a follow-up, and saves it with one', async () => {
    const row = page.getByTestId(`inbox-rating-${forTraining.id}`);
    await row.getByTestId('rating-select').selectOption('2');
    await row.getByTestId('save-rating').click();
    await row.getByRole('alert').getByText('memerlukan tindak lanjut').waitFor();
    expect((await enrolment(forTraining.id)).applicationRating).toBeNull();
    await rate(forTraining.id, '2', 'FOLLOW_UP_TRAINING');
    expect(await enrolment(forTraining.id)).toMatchObject({
      applicationRating: 2,
      followUp: 'FOLLOW_UP_TRAINING',
      followUpDecision: null,
    });
    await page.getByTestId(`inbox-follow-up-${forTraining.id}`).waitFor();
  });

  it('accepts the follow-up training: the chosen session is in the plan of the year it ends', async () => {
    const row = page.getByTestId(`inbox-follow-up-${forTraining.id}`);
    await row.getByTestId('choose-follow-up').click();
    const session = row.getByTestId('follow-up-session').first();
    await session.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await checkAtBothWidths(browser, page, 'inbox-follow-up-training');
    const sessionId = (await session.getAttribute('data-session-id'))!;
    await session.getByTestId('accept-training').click();
    await page.getByTestId('inbox-notice').getByText('masuk rencana').waitFor();
    const year = Number((await page.getByTestId('inbox-notice').textContent())!.match(/tahun (\d{4})/)![1]);
    const { employee } = await api<{ employee: { developmentPlan: { items: { session: { id: string } | null }[] } } }>(
      PLAN,
      { e: forTraining.employee.id, year },
    );
    expect(employee.developmentPlan.items.map((item) => item.session?.id)).toContain(sessionId);
    expect((await enrolment(forTraining.id)).followUpDecision).toBe('ACCEPTED');
    await row.waitFor({ state: 'detached' });
  });

  it('accepts mentoring by starting a mentorship with a suggested colleague', async () => {
    const suggested = await api<{ mentorSuggestions: { suggestions: { mentor: { id: string } }[] } }>(OPTIONS, {
      e: forMentor.employee.id,
      c: forMentor.training.competencies[0]!.competency.id,
    });
    const firstMentor = suggested.mentorSuggestions.suggestions[0]!.mentor.id;
    await rate(forMentor.id, '1', 'MENTORING');
    const row = page.getByTestId(`inbox-follow-up-${forMentor.id}`);
    await row.getByTestId('choose-follow-up').click();
    const mentor = row.getByTestId('mentor-row').first();
    await mentor.waitFor();
    const mentorName = (await mentor.locator('strong').textContent())!;
    await mentor.getByRole('button').click();
    await page.getByTestId('inbox-notice').getByText(`${mentorName} kini menjadi mentor`).waitFor();
    const { employee } = await api<{ employee: { mentors: { mentor: { id: string }; active: boolean }[] } }>(PLAN, {
      e: forMentor.employee.id,
      year: 2000,
    });
    expect(employee.mentors).toContainEqual({ mentor: { id: firstMentor }, active: true });
    expect(await enrolment(forMentor.id)).toMatchObject({ applicationRating: 1, followUpDecision: 'ACCEPTED' });
  });

  it('dismisses a proposal and closes a re-assessment', async () => {
    const { followUpProposals, reassessmentProposals } = await inbox();
    const [proposal] = followUpProposals;
    const [reassessment] = reassessmentProposals;
    expect(proposal).toBeDefined();
    expect(reassessment).toBeDefined();
    await page.getByTestId(`inbox-follow-up-${proposal!.id}`).getByTestId('dismiss-follow-up').click();
    await page.getByTestId(`inbox-follow-up-${proposal!.id}`).waitFor({ state: 'detached' });
    expect((await enrolment(proposal!.id)).followUpDecision).toBe('DISMISSED');
    await page.getByTestId(`inbox-reassessment-${reassessment!.id}`).getByTestId('close-reassessment').click();
    await page.getByTestId(`inbox-reassessment-${reassessment!.id}`).waitFor({ state: 'detached' });
    expect((await enrolment(reassessment!.id)).reassessmentClosedOn).not.toBeNull();
    await checkAtBothWidths(browser, page, 'inbox-evaluation');
  });

  it('links every person of the talent 9-box to their career planner', async () => {
    const { talentGrid } = await api<{ talentGrid: { boxes: { employees: { id: string }[] }[] } }>(
      'query ($unitId: ID!) { talentGrid(unitId: $unitId) { boxes { employees { id } } } }',
      { unitId },
    );
    const placed = talentGrid.boxes.flatMap((box) => box.employees.map((employee) => employee.id));
    await page.goto('/talent-grid');
    const links = page.getByTestId('talent-planner-link');
    await links.first().waitFor();
    expect(await links.count()).toBe(placed.length);
    const href = (await links.first().getAttribute('href'))!;
    expect(placed).toContain(href.match(/employee=(\d+)/)![1]);
    await links.first().click();
    await page.waitForURL(/career-planner\?employee=\d+/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByTestId('error-alert').count()).toBe(0);
    await page.goto('/inbox');
    await page.getByTestId('inbox-ratings').waitFor();
  });

  it('reads in English', async () => {
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByRole('heading', { level: 2, name: /^Application ratings due/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Follow-ups proposed/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Re-assessments proposed/ }).waitFor();
    await page.getByTestId('language-switch').selectOption('id');
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
