// The administrator's console, the training catalog and a session's roster: add a provider and a training of the
// agency (competencies up to a level, a prerequisite), see a refused code on its field, edit and retire them; edit a
// session, approve and reject its requests in bulk (refusals per row), cancel it; record a held session's results in
// bulk; add an issuer and a scheme (competencies, positions that require it), edit and retire them; remind a holder
// of an expiring certificate. Each checked through the API; refused for a manager, and another agency's administrator
// changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn, signInWithProfile } from '../support/sign-in.js';
import { POLL, screenshotBothWidths, seriousAxeViolations } from './admin-checks.js';
import { signInAs, signInAsFirst, startBrowserStack, type BrowserStack } from './browser-stack.js';
import { AMBON_TIME_ZONE, todayIn } from '../support/local-date.js';

const PROVIDERS = `query { trainingProviders(includeRetired: true) { id name kind retiredOn } }`;
const TRAINING = `query ($text: String!) { trainings(first: 5, filter: { text: $text, includeRetired: true }) {
  edges { node { id code title category jp costPerParticipant retiredOn provider { name }
  competencies { maxLevel competency { id } } prerequisites { code } } } } }`;
const SAVE_TRAINING = `mutation ($input: TrainingInput!) { saveTraining(input: $input) { id jp } }`;
const CODE = 'AMB-SPBE-UJI';
const PLAIN_TRAININGS = `query { trainings(first: 100, filter: { category: TECHNICAL }) { edges { node { id prerequisites { id } } } } }`;
const EMPLOYEES = `query { employees(first: 20) { edges { node { id name } } } }`;
const CREATE_SESSION = `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id name } }`;
const REQUEST = `mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id } }`;
const ROSTER = `query ($id: ID!) { session(id: $id) { location cancelledOn cancelReason
  enrolments { id status decisionNote postTestScore preTestScore jpCredited employee { name } } } }`;
const HELD = `query ($until: Date!) { sessions(first: 100, filter: { startsUntil: $until }) { edges { node { id endDate
  enrolments { id status } } } } }`;
const UPDATE_SESSION = `mutation ($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { id } }`;
const SCHEME = `query ($search: String!) { schemes(first: 5, filter: { search: $search, includeRetired: true }) {
  edges { node { id code validityMonths retiredOn issuer { code } certifies { level competency { id } } requiredFor { id } } } } }`;
const ISSUERS = `query { issuers(includeRetired: true) { id code kind retiredOn } }`;
const EXPIRING = `query { certificates(first: 50, filter: { expiringWithinDays: 90 }) { edges { node { id number remindedOn
  employee { id } } } } }`;
const REMIND = `mutation ($input: RemindCertificateHolderInput!) { remindCertificateHolder(input: $input) { id } }`;
const APPROVE = `mutation ($input: EnrolmentDecisionInput!) { approveEnrolment(input: $input) { id } }`;
const PROVIDER = 'BKPSDM Kota Ambon (uji)';

describe('administrator console: training catalog and session rosters', () => {
  let browser: BrowserStack;
  let adminToken: string;
  beforeAll(async () => {
    browser = await startBrowserStack();
    adminToken = await signIn(browser.stack.gatewayUrl, 'admin.ambon');
  });
  afterAll(() => browser?.stop());

  const api = async (query: string, variables: Record<string, unknown> = {}, token = adminToken) =>
    graphql(browser.stack.gatewayUrl, query, variables, { token });
  type Training = {
    id: string;
    code: string;
    title: string;
    category: string;
    jp: number;
    costPerParticipant: number;
    retiredOn: string | null;
    provider: { name: string };
    competencies: { maxLevel: number; competency: { id: string } }[];
    prerequisites: { code: string }[];
  };
  const trainingCoded = async (code: string): Promise<Training | undefined> =>
    ((await api(TRAINING, { text: code })).data!.trainings.edges as { node: Training }[])
      .map((edge) => edge.node)
      .find((training) => training.code === code);
  const providerNamed = async (name: string) =>
    (
      (await api(PROVIDERS)).data!.trainingProviders as { id: string; name: string; kind: string; retiredOn: string }[]
    ).find((provider) => provider.name === name);

  it('adds a provider and a training of the agency, shows a taken code on its field, edits and retires them', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/catalog');
    await page.getByTestId('catalog-table').waitFor();

    await page.locator('#provider-name').fill(PROVIDER);
    await page.locator('#provider-kind').selectOption('BPSDM');
    await page.getByTestId('provider-save').click();
    await expect.poll(() => page.getByTestId('provider-notice').textContent(), POLL).toContain(PROVIDER);
    const provider = (await providerNamed(PROVIDER))!;
    expect(provider).toMatchObject({ kind: 'BPSDM', retiredOn: null });

    await page.getByTestId('training-new').click();
    const form = page.getByTestId('training-form');
    // LATSAR is the national Latihan Dasar's code: the API refuses it on the code field.
    await form.locator('#training-new-code').fill('LATSAR');
    await form.locator('#training-new-provider').selectOption(provider.id);
    await form.locator('#training-new-title-input').fill('Pelatihan Arsitektur SPBE Kota Ambon');
    await form.locator('#training-new-description').fill('Arsitektur dan peta rencana SPBE pemerintah kota.');
    await form.locator('#training-new-category').selectOption('TECHNICAL');
    await form.locator('#training-new-jp').fill('24');
    await form.locator('#training-new-cost').fill('1500000');
    await form.getByTestId('training-new-add-competency').click();
    const competencyId = await form.locator('#training-new-competency-0 option').nth(2).getAttribute('value');
    await form.locator('#training-new-competency-0').selectOption(competencyId!);
    await form.locator('#training-new-level-0').fill('3');
    const prerequisite = form.locator('#training-new-prerequisites option', { hasText: 'LATSAR ·' });
    await form.locator('#training-new-prerequisites').selectOption((await prerequisite.getAttribute('value'))!);
    await form.getByTestId('training-save').click();
    const codeError = form.getByTestId('field-error-input.code');
    await expect.poll(() => codeError.textContent(), POLL).toMatch(/\S/);
    expect(await form.locator('#training-new-code').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-catalog-refused-code');

    await form.locator('#training-new-code').fill(CODE);
    await form.getByTestId('training-save').click();
    await expect.poll(() => page.getByTestId('catalog-notice').textContent(), POLL).toContain(CODE);
    expect(await trainingCoded(CODE)).toMatchObject({
      title: 'Pelatihan Arsitektur SPBE Kota Ambon',
      category: 'TECHNICAL',
      jp: 24,
      costPerParticipant: 1_500_000,
      retiredOn: null,
      provider: { name: PROVIDER },
      competencies: [{ maxLevel: 3, competency: { id: competencyId } }],
      prerequisites: [{ code: 'LATSAR' }],
    });

    // The agency's own list, found by search: edit the JP.
    await page.locator('#catalog-own').check();
    await page.locator('#catalog-text').fill('SPBE-UJI');
    const row = page.getByTestId(`catalog-row-${CODE}`);
    await row.waitFor();
    expect(await page.locator('[data-testid^="catalog-row-"]').count()).toBe(1);
    await row.getByRole('button', { name: `Ubah ${CODE}` }).click();
    const id = (await trainingCoded(CODE))!.id;
    await page.locator(`#training-${id}-jp`).fill('32');
    await page.getByTestId('training-save').click();
    await expect.poll(async () => (await trainingCoded(CODE))!.jp, POLL).toBe(32);
    await expect.poll(() => row.locator('td').nth(3).textContent(), POLL).toBe('32');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-catalog');

    await row.getByRole('button', { name: `Pensiunkan ${CODE}` }).click();
    await row.getByTestId('catalog-retired').waitFor();
    expect((await trainingCoded(CODE))!.retiredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page
      .getByTestId(`provider-row-${provider.id}`)
      .getByRole('button', { name: `Pensiunkan ${PROVIDER}` })
      .click();
    await expect.poll(async () => (await providerNamed(PROVIDER))!.retiredOn, POLL).toMatch(/^\d{4}-/);
  }, 300_000);

  it('refuses the catalog to a manager, in the page and in the API', async () => {
    const page = await browser.newPage();
    const username = await signInAsFirst(page, 'MANAGER', '/admin/catalog');
    await page.getByTestId('admin-refused').waitFor();
    const token = await signIn(browser.stack.gatewayUrl, username);
    const { id } = (await trainingCoded(CODE))!;
    const refused = await api(SAVE_TRAINING, { input: { ...(await trainingInput()), id, jp: 1 } }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await trainingCoded(CODE))!.jp).toBe(32);
  });

  it('shows Ambon’s training read-only to another agency’s administrator and refuses its change in the API', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.mamuju', '/admin/catalog');
    await page.locator('#catalog-text').fill(CODE);
    const row = page.getByTestId(`catalog-row-${CODE}`);
    await row.waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    const token = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const { id } = (await trainingCoded(CODE))!;
    const refused = await api(SAVE_TRAINING, { input: { ...(await trainingInput()), id, jp: 1 } }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await trainingCoded(CODE))!.jp).toBe(32);
  });

  /** The training as saved, as a TrainingInput (for the refused changes). */
  async function trainingInput() {
    const training = (await trainingCoded(CODE))!;
    const provider = (await providerNamed(PROVIDER))!;
    return {
      code: training.code,
      title: training.title,
      description: 'x',
      form: 'CLASSICAL',
      category: training.category,
      jp: training.jp,
      costPerParticipant: training.costPerParticipant,
      providerId: provider.id,
      competencies: [],
      prerequisiteIds: [],
    };
  }

  type RosterRow = {
    id: string;
    status: string;
    decisionNote: string | null;
    preTestScore: number | null;
    postTestScore: number | null;
    jpCredited: number | null;
    employee: { name: string };
  };
  const rosterOf = async (id: string, token = adminToken) =>
    (await api(ROSTER, { id }, token)).data!.session as {
      location: string;
      cancelledOn: string | null;
      cancelReason: string | null;
      enrolments: RosterRow[];
    };
  let sessionId: string;
  const SESSION = {
    name: 'Angkatan Roster Uji',
    startDate: '2027-06-07',
    endDate: '2027-06-11',
    registrationDeadline: '2027-05-20',
    mode: 'OFFLINE',
    location: 'Aula BKPSDM Ambon',
    capacity: 10,
  };

  it('edits a session, approves and rejects its requests in bulk with refusals per row, then cancels it', async () => {
    const plain = (
      (await api(PLAIN_TRAININGS)).data!.trainings.edges as { node: { id: string; prerequisites: unknown[] } }[]
    )
      .map((edge) => edge.node)
      .find((training) => training.prerequisites.length === 0)!;
    const created = await api(CREATE_SESSION, { input: { trainingId: plain.id, ...SESSION } });
    sessionId = created.data!.createTrainingSession.id;
    const employees = (await api(EMPLOYEES)).data!.employees.edges as { node: { id: string } }[];
    const requested: string[] = [];
    for (const { node } of employees) {
      if (requested.length === 3) break;
      const request = await api(REQUEST, { input: { employeeId: node.id, sessionId } });
      if (request.data?.requestEnrolment) requested.push(request.data.requestEnrolment.id);
    }
    expect(requested).toHaveLength(3);

    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/training');
    await page.locator('#sessions-from').fill(SESSION.startDate);
    const row = page.getByTestId(`session-row-${sessionId}`);
    await row.waitFor();
    await row.getByRole('button', { name: `Ubah ${SESSION.name}` }).click();
    await page.locator(`#session-${sessionId}-location`).fill('Balai Kota Ambon');
    await page.getByTestId('session-save').click();
    await expect.poll(async () => (await rosterOf(sessionId)).location, POLL).toBe('Balai Kota Ambon');

    await row.getByRole('link', { name: `Peserta ${SESSION.name}` }).click();
    const roster = page.getByTestId('roster-table');
    await roster.waitFor();
    expect(await roster.locator('tbody tr').count()).toBe(3);
    const [first, second, third] = requested as [string, string, string];
    for (const id of [first, second])
      await page.getByTestId(`roster-row-${id}`).locator('input[type=checkbox]').first().check();
    await page.getByTestId('roster-approve').click();
    await expect.poll(() => page.getByTestId('roster-summary').textContent(), POLL).toContain('2 tersimpan, 0 ditolak');
    // Every row, the two approved ones included: rejecting those is refused per row, the third is rejected.
    await page.locator('#roster-all').check();
    await page.locator('#roster-note').fill('Kuota unit sudah terpenuhi');
    await page.getByTestId('roster-reject').click();
    await expect.poll(() => page.getByTestId('roster-summary').textContent(), POLL).toContain('1 tersimpan, 2 ditolak');
    expect(await page.getByTestId(`roster-row-${first}`).getByTestId('roster-refusal').textContent()).toMatch(/\S/);
    expect(await page.getByTestId(`roster-row-${third}`).getByTestId('roster-refusal').count()).toBe(0);
    const statuses = Object.fromEntries(
      (await rosterOf(sessionId)).enrolments.map((e) => [e.id, [e.status, e.decisionNote]]),
    );
    expect(statuses).toEqual({
      [first]: ['APPROVED', null],
      [second]: ['APPROVED', null],
      [third]: ['REJECTED', 'Kuota unit sudah terpenuhi'],
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-session-roster');

    await page.goto('/admin/training');
    await page.locator('#sessions-from').fill(SESSION.startDate);
    await row.getByRole('button', { name: `Batalkan sesi ${SESSION.name}` }).click();
    await page.locator(`#cancel-reason-${sessionId}`).fill('Narasumber berhalangan');
    await row.getByTestId(`session-cancel-${sessionId}`).getByRole('button').click();
    await expect.poll(async () => (await rosterOf(sessionId)).cancelReason, POLL).toBe('Narasumber berhalangan');
    expect((await rosterOf(sessionId)).enrolments.map((e) => e.status).sort()).toEqual([
      'CANCELLED',
      'CANCELLED',
      'REJECTED',
    ]);
  }, 300_000);

  it('records a held session’s results in bulk: a filled column, one changed cell, a finished row refused', async () => {
    const today = todayIn(AMBON_TIME_ZONE);
    const held = (
      (await api(HELD, { until: today })).data!.sessions.edges as {
        node: { id: string; endDate: string; enrolments: { id: string; status: string }[] };
      }[]
    )
      .map((edge) => edge.node)
      .find(
        (session) =>
          session.endDate < today &&
          session.enrolments.filter((e) => e.status === 'ATTENDED').length >= 2 &&
          session.enrolments.some((e) => e.status === 'COMPLETED'),
      )!;
    const [passing, failing] = held.enrolments.filter((e) => e.status === 'ATTENDED') as { id: string }[] as [
      { id: string },
      { id: string },
    ];
    const finished = held.enrolments.find((e) => e.status === 'COMPLETED')!;
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', `/admin/training/sessions/${held.id}`);
    await page.getByTestId('roster-table').waitFor();
    for (const { id } of [passing, failing, finished]) {
      await page.getByTestId(`roster-row-${id}`).locator('input[type=checkbox]').first().check();
    }
    await page.locator('#fill-pre').fill('55');
    await page.locator('#fill-post').fill('85');
    await page.getByTestId('roster-fill').click();
    await page.getByTestId(`roster-post-${failing.id}`).fill('50');
    await page.getByTestId('roster-results').click();
    await expect.poll(() => page.getByTestId('roster-summary').textContent(), POLL).toContain('2 tersimpan, 1 ditolak');
    expect(await page.getByTestId(`roster-row-${finished.id}`).getByTestId('roster-refusal').count()).toBe(1);
    const byId = new Map((await rosterOf(held.id)).enrolments.map((e) => [e.id, e]));
    // Ambon's pass mark is the national 70: 85 passes and credits the JP, 50 fails.
    expect(byId.get(passing.id)).toMatchObject({ status: 'COMPLETED', preTestScore: 55, postTestScore: 85 });
    expect(byId.get(passing.id)!.jpCredited).toBeGreaterThan(0);
    expect(byId.get(failing.id)).toMatchObject({
      status: 'FAILED',
      preTestScore: 55,
      postTestScore: 50,
      jpCredited: null,
    });
    expect(byId.get(finished.id)!.status).toBe('COMPLETED');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-roster-results');
  }, 300_000);

  it('refuses a roster to a manager’s page and another agency’s administrator, in the page and in the API', async () => {
    const page = await browser.newPage();
    const manager = await signIn(
      browser.stack.gatewayUrl,
      await signInAsFirst(page, 'MANAGER', `/admin/training/sessions/${sessionId}`),
    );
    await page.getByTestId('admin-refused').waitFor();
    const managerMove = await api(UPDATE_SESSION, { input: { sessionId, ...SESSION, location: 'Kantor' } }, manager);
    expect(managerMove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mamuju = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    expect((await rosterOf(sessionId, mamuju)).enrolments).toEqual([]);
    const enrolmentId = (await rosterOf(sessionId)).enrolments[0]!.id;
    const refused = await api(APPROVE, { input: { enrolmentId } }, mamuju);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const moved = await api(UPDATE_SESSION, { input: { sessionId, ...SESSION, location: 'Mamuju' } }, mamuju);
    expect(moved.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await rosterOf(sessionId)).location).toBe('Balai Kota Ambon');
  });

  it('adds an issuer and a scheme with its competencies and positions, edits and retires them', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/certification');
    await page.getByTestId('scheme-table').waitFor();
    await page.locator('#issuer-code').fill('LSP-AMB-UJI');
    await page.locator('#issuer-kind').selectOption('PROFESSIONAL_BODY');
    await page.locator('#issuer-name').fill('LSP Kearsipan Kota Ambon (uji)');
    await page.getByTestId('issuer-save').click();
    await expect.poll(() => page.getByTestId('scheme-notice').textContent(), POLL).toContain('LSP-AMB-UJI');
    type IssuerRow = { id: string; code: string; kind: string; retiredOn: string | null };
    const issuerCoded = async () =>
      ((await api(ISSUERS)).data!.issuers as IssuerRow[]).find((issuer) => issuer.code === 'LSP-AMB-UJI');
    const issuer = (await issuerCoded())!;
    expect(issuer).toMatchObject({ kind: 'PROFESSIONAL_BODY', retiredOn: null });
    await page.getByTestId('issuer-row-LSP-AMB-UJI').waitFor();

    await page.getByTestId('scheme-new').click();
    await page.locator('#scheme-new-code').fill('AMB-ARSIP-UJI');
    await page.locator('#scheme-new-issuer').selectOption(issuer.id);
    await page.locator('#scheme-new-name').fill('Sertifikat Pengelola Arsip Dinamis Kota Ambon');
    await page.locator('#scheme-new-validity').fill('24');
    await page.getByTestId('scheme-new-add-competency').click();
    const competencyId = await page.locator('#scheme-new-competency-0 option').nth(1).getAttribute('value');
    await page.locator('#scheme-new-competency-0').selectOption(competencyId!);
    await page.locator('#scheme-new-level-0').fill('2');
    const positionId = await page.locator('#scheme-new-positions option').nth(0).getAttribute('value');
    await page.locator('#scheme-new-positions').selectOption([positionId!]);
    await page.getByTestId('scheme-save').click();
    await expect.poll(() => page.getByTestId('scheme-notice').textContent(), POLL).toContain('AMB-ARSIP-UJI');
    type SchemeRow = {
      id: string;
      validityMonths: number | null;
      retiredOn: string | null;
      issuer: { code: string };
      certifies: { level: number; competency: { id: string } }[];
      requiredFor: { id: string }[];
    };
    const schemeCoded = async () =>
      ((await api(SCHEME, { search: 'AMB-ARSIP-UJI' })).data!.schemes.edges as { node: SchemeRow }[])[0]?.node;
    expect(await schemeCoded()).toMatchObject({
      validityMonths: 24,
      retiredOn: null,
      issuer: { code: 'LSP-AMB-UJI' },
      certifies: [{ level: 2, competency: { id: competencyId } }],
      requiredFor: [{ id: positionId }],
    });

    await page.locator('#scheme-search').fill('AMB-ARSIP-UJI');
    const row = page.getByTestId('scheme-row-AMB-ARSIP-UJI');
    // The search has answered once the table holds that one scheme.
    await expect.poll(() => page.getByTestId('scheme-table').locator('tbody tr').count(), POLL).toBe(1);
    await row.getByRole('button', { name: 'Ubah AMB-ARSIP-UJI' }).click();
    const { id } = (await schemeCoded())!;
    await page.locator(`#scheme-${id}-validity`).fill('36');
    await page.getByTestId('scheme-save').click();
    await expect.poll(() => page.getByTestId('scheme-notice').textContent(), POLL).toContain('AMB-ARSIP-UJI');
    expect((await schemeCoded())!.validityMonths).toBe(36);
    expect((await schemeCoded())!.requiredFor).toEqual([{ id: positionId }]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-schemes');

    await row.getByRole('button', { name: 'Pensiunkan AMB-ARSIP-UJI' }).click();
    await expect.poll(async () => (await schemeCoded())!.retiredOn, POLL).toMatch(/^\d{4}-/);
    await page.getByTestId('issuer-row-LSP-AMB-UJI').getByRole('button', { name: 'Pensiunkan LSP-AMB-UJI' }).click();
    await expect.poll(async () => (await issuerCoded())!.retiredOn, POLL).toMatch(/^\d{4}-/);
  }, 300_000);

  type Expiring = { id: string; number: string; remindedOn: string | null; employee: { id: string } };
  const expiring = async (token = adminToken) =>
    ((await api(EXPIRING, {}, token)).data!.certificates.edges as { node: Expiring }[]).map((edge) => edge.node);

  it('reminds the holder of an expiring certificate, shown on the list as reminded on the date', async () => {
    const page = await browser.newPage();
    await signInAs(page, 'admin.ambon', '/admin/certification');
    // Not the administrator's own certificate: another administrator keeps that one.
    const { user } = await signInWithProfile(browser.stack.gatewayUrl, 'admin.ambon');
    const target = (await expiring()).find(
      (certificate) => certificate.remindedOn === null && certificate.employee.id !== user.employeeId,
    )!;
    const row = page.getByTestId(`certificate-${target.number}`);
    await row.waitFor();
    await row.getByTestId('certificate-remind').click();
    await expect.poll(() => row.getByTestId('certificate-reminded').textContent(), POLL).toMatch(/diingatkan pada/);
    const reminded = (await expiring()).find((certificate) => certificate.id === target.id)!;
    expect(reminded.remindedOn).toBe(todayIn(AMBON_TIME_ZONE));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotBothWidths(browser, page, 'admin-certificate-reminder');

    const mamuju = await signIn(browser.stack.gatewayUrl, 'admin.mamuju');
    const manager = await signIn(browser.stack.gatewayUrl, await signInAsFirst(await browser.newPage(), 'MANAGER'));
    const other = (await expiring()).find((certificate) => certificate.remindedOn === null)!;
    for (const token of [mamuju, manager]) {
      const refused = await api(REMIND, { input: { certificateId: other.id } }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await expiring()).find((certificate) => certificate.id === other.id)!.remindedOn).toBeNull();
  }, 300_000);

  it('raised no errors in the browser console', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
