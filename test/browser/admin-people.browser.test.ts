// The administrator's console, people and access: start a mentorship between a senior mentor and a junior mentee and
// end it, read the talent 9-box of the whole agency and of one unit, and find those changes in the combined audit
// log, each checked through the API; refused for a manager and scoped away from another agency's administrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn, signInWithProfile } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';
import { AMBON_TIME_ZONE, todayIn, daysAfter } from '../support/local-date.js';

const EMPLOYEES = `query { employees(first: 100) { edges { node { id nip golongan } } } }`;
const MENTORSHIPS = `query ($id: ID!) { employee(id: $id) { mentors { id active endsOn mentor { id } focusCompetencies { id } } } }`;
const START = `mutation ($input: StartMentorshipInput!) { startMentorship(input: $input) { id } }`;
const UNITS = `query ($agencyId: ID!) { units(agencyId: $agencyId) { id name depth } }`;
const SET_BUDGET = `mutation ($input: SetTrainingBudgetInput!) { setTrainingBudget(input: $input) { amount } }`;
const LOGS = `query ($action: String) { personnelAuditLog(first: 5, action: $action) { id actor action entityName }
  trainingAuditLog(first: 5, action: $action) { id actor action entityName } }`;
const GRID = `query ($unitId: ID!) { talentGrid(unitId: $unitId) { employeeCount boxes { box employees { id } } } }`;

/** III/b as 32: the golongan's roman numeral, then its letter. */
const golonganRank = (golongan: string) =>
  ['I', 'II', 'III', 'IV'].indexOf(golongan.split('_')[0]!) * 10 + golongan.charCodeAt(golongan.length - 1);

describe('administrator console: mentoring and talent', () => {
  let browser: BrowserStack;
  let adminToken: string;
  let agencyId: string;
  let mentee: { id: string; nip: string };
  let mentor: { id: string; nip: string };
  beforeAll(async () => {
    browser = await startBrowserStack();
    const admin = await signInWithProfile(browser.stack.gatewayUrl, 'admin.ambon');
    adminToken = admin.token;
    agencyId = (admin.user as unknown as { agencyId: string }).agencyId;
    const people = (
      (await graphql(browser.stack.gatewayUrl, EMPLOYEES, {}, { token: adminToken })).data!.employees.edges as {
        node: { id: string; nip: string; golongan: string };
      }[]
    )
      .map((edge) => edge.node)
      .filter((person) => person.id !== admin.user.employeeId && person.golongan)
      .sort((a, b) => golonganRank(a.golongan) - golonganRank(b.golongan));
    mentee = people[0]!;
    mentor = people[people.length - 1]!;
  });
  afterAll(() => browser?.stop());

  const mentorshipsOf = async (id: string) =>
    (await graphql(browser.stack.gatewayUrl, MENTORSHIPS, { id }, { token: adminToken })).data!.employee.mentors as {
      id: string;
      active: boolean;
      endsOn: string | null;
      mentor: { id: string };
      focusCompetencies: { id: string }[];
    }[];

  it('starts a mentorship and ends it', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/mentoring');
    await page.locator('#mentee-search').fill(mentee.nip);
    await expect.poll(() => page.locator('#mentee option').count(), POLL).toBe(1);
    await page.locator('#mentor-search').fill(mentor.nip);
    await expect.poll(() => page.locator('#mentor option').count(), POLL).toBe(1);
    const focus = page.locator('#mentorship-focus');
    await expect.poll(() => focus.locator('option').count(), POLL).toBeGreaterThan(2);
    const focusIds = await focus
      .locator('option')
      .evaluateAll((options) => options.slice(0, 2).map((option) => option.getAttribute('value') ?? ''));
    await focus.selectOption(focusIds);
    await page.getByTestId('mentorship-start').click();
    await expect.poll(() => page.getByTestId('mentorship-started').textContent(), POLL).toContain('membimbing');
    const started = (await mentorshipsOf(mentee.id)).find((row) => row.mentor.id === mentor.id && row.active)!;
    expect(started.focusCompetencies.map((competency) => competency.id).sort()).toEqual([...focusIds].sort());
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-mentoring');

    await page.getByTestId(`mentorship-${started.id}`).getByRole('button', { name: 'Akhiri' }).click();
    await expect.poll(() => page.getByTestId('mentorship-done').textContent(), POLL).toContain('berakhir');
    const ended = (await mentorshipsOf(mentee.id)).find((row) => row.id === started.id)!;
    expect(ended.endsOn).toBe(await page.locator('#mentorship-ends').inputValue());
    // Ended, it offers no second end (the API would refuse it).
    await expect.poll(() => page.getByTestId(`mentorship-${started.id}`).getByRole('button').count(), POLL).toBe(0);
  });

  it('shows the whole agency’s 9-box, then one unit’s, as the API places them', async () => {
    const units = (await graphql(browser.stack.gatewayUrl, UNITS, { agencyId }, { token: adminToken })).data!.units as {
      id: string;
      name: string;
      depth: number;
    }[];
    const root = units.find((unit) => unit.depth === 0)!;
    const unit = units.find((candidate) => candidate.depth === 1)!;
    const gridOf = async (unitId: string) =>
      (await graphql(browser.stack.gatewayUrl, GRID, { unitId }, { token: adminToken })).data!.talentGrid as {
        employeeCount: number;
        boxes: { box: number; employees: { id: string }[] }[];
      };
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/talent');
    await page.waitForURL((url) => url.searchParams.get('unit') === root.id);
    const agencyGrid = await gridOf(root.id);
    const box9 = page.getByTestId('talent-box-9');
    await box9.waitFor();
    const countIn = (box: number) => page.getByTestId(`talent-box-${box}`).locator('li').count();
    await expect.poll(() => countIn(9), POLL).toBe(agencyGrid.boxes.find((box) => box.box === 9)!.employees.length);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-talent');

    await page.locator('#talent-unit').selectOption(unit.id);
    const unitGrid = await gridOf(unit.id);
    expect(unitGrid.employeeCount).toBeLessThan(agencyGrid.employeeCount);
    for (const box of unitGrid.boxes) await expect.poll(() => countIn(box.box), POLL).toBe(box.employees.length);

    // The same view in English.
    await page.getByTestId('language-switch').selectOption('en');
    await expect.poll(() => page.getByTestId('admin-tabs-nav').textContent(), POLL).toContain('Mentoring');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Talent');
  });

  it('lists the three subgraphs’ changes in one audit log, filtered by who, what and when', async () => {
    const units = (await graphql(browser.stack.gatewayUrl, UNITS, { agencyId }, { token: adminToken })).data!.units as {
      id: string;
    }[];
    const budget = await graphql(
      browser.stack.gatewayUrl,
      SET_BUDGET,
      { input: { unitId: units[1]!.id, year: 2027, amount: 25_000_000 } },
      { token: adminToken },
    );
    expect(budget.errors).toBeUndefined();
    type Entry = { id: string; actor: string; action: string; entityName: string };
    const logs = (await graphql(browser.stack.gatewayUrl, LOGS, {}, { token: adminToken })).data as {
      personnelAuditLog: Entry[];
      trainingAuditLog: Entry[];
    };
    const ended = logs.personnelAuditLog.find((entry) => entry.entityName === 'mentorship')!;
    const budgeted = logs.trainingAuditLog[0]!;
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/audit');
    const endedRow = page.getByTestId(`audit-personnel-${ended.id}`);
    const budgetRow = page.getByTestId(`audit-training-${budgeted.id}`);
    await endedRow.waitFor();
    await budgetRow.waitFor();
    expect(await endedRow.textContent()).toContain('Diubah');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-audit');

    // What: only updates; the budget's first setting is an insert.
    await page.locator('#audit-action').selectOption('UPDATE');
    await expect.poll(() => budgetRow.count(), POLL).toBe(0);
    await endedRow.waitFor();
    const updates = (await graphql(browser.stack.gatewayUrl, LOGS, { action: 'UPDATE' }, { token: adminToken }))
      .data as { personnelAuditLog: Entry[]; trainingAuditLog: Entry[] };
    expect(updates.personnelAuditLog.every((entry) => entry.action === 'UPDATE')).toBe(true);
    // Who: another actor made none of them.
    await page.locator('#audit-actor').fill('user:nobody');
    await page.locator('#audit-actor').press('Tab');
    await expect.poll(() => endedRow.count(), POLL).toBe(0);
    await page.locator('#audit-actor').fill(ended.actor);
    await page.locator('#audit-actor').press('Tab');
    await endedRow.waitFor();
    // When: nothing from tomorrow on.
    const tomorrow = daysAfter(todayIn(AMBON_TIME_ZONE), 1);
    await page.locator('#audit-from').fill(tomorrow);
    await expect.poll(() => page.getByTestId('audit-list').textContent(), POLL).toContain('Tidak ada perubahan');
  });

  it('refuses the three areas to a manager, in the page, and the mentorship and the audit log in the API', async () => {
    const page = await browser.newPage();
    const username = await signInAsFirst(page, 'MANAGER');
    for (const area of ['mentoring', 'talent', 'audit']) {
      await page.goto(`/admin/${area}`);
      await page.getByTestId('admin-refused').waitFor();
    }
    const token = await signIn(browser.stack.gatewayUrl, username);
    // A manager starts mentorships only for their own people. The first manager may head the whole agency (then every
    // employee of it is theirs), so the mentee who is nobody's of theirs for every manager is another agency's.
    const mamuju = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const stranger = (await graphql(browser.stack.gatewayUrl, EMPLOYEES, {}, { token: mamuju })).data!.employees
      .edges[0].node as { id: string };
    const refused = await graphql(
      browser.stack.gatewayUrl,
      START,
      { input: { mentorId: mentor.id, menteeId: stranger.id, startsOn: '2026-12-01', focusCompetencyIds: ['1'] } },
      { token },
    );
    expect(refused.errors?.[0]?.extensions?.code, JSON.stringify(refused)).toBe('FORBIDDEN');
    const log = await graphql(browser.stack.gatewayUrl, LOGS, {}, { token });
    expect(log.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps another agency’s administrator to their own agency', async () => {
    const token = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const before = (await mentorshipsOf(mentee.id)).length;
    const refused = await graphql(
      browser.stack.gatewayUrl,
      START,
      { input: { mentorId: mentor.id, menteeId: mentee.id, startsOn: '2026-12-01', focusCompetencyIds: ['1'] } },
      { token },
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.errors?.[0]?.extensions?.code);
    expect((await mentorshipsOf(mentee.id)).length).toBe(before);
    const root = (await graphql(browser.stack.gatewayUrl, UNITS, { agencyId }, { token: adminToken })).data!.units[0];
    const grid = await graphql(browser.stack.gatewayUrl, GRID, { unitId: root.id }, { token });
    expect(grid.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const page = await browser.newPage();
    await signInAs(page, 'admin.mamuju', '/admin/talent');
    await page.waitForURL((url) => url.searchParams.has('unit'));
    expect(new URL(page.url()).searchParams.get('unit')).not.toBe(root.id);
    await page.goto('/admin/mentoring');
    await page.locator('#mentee-search').fill(mentee.nip);
    await expect.poll(() => page.locator('#mentee option').count(), POLL).toBe(0);
    // Ambon's changes are not in Mamuju's log.
    const mamujuLog = (await graphql(browser.stack.gatewayUrl, LOGS, {}, { token })).data as {
      personnelAuditLog: { actor: string }[];
      trainingAuditLog: { actor: string }[];
    };
    expect(mamujuLog.personnelAuditLog).toEqual([]);
    expect(mamujuLog.trainingAuditLog).toEqual([]);
    await page.goto('/admin/audit');
    await expect.poll(() => page.getByTestId('audit-list').textContent(), POLL).toContain('Tidak ada perubahan');
  });

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
