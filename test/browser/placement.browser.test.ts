// Internships and secondments in the browser: an ASN proposes a magang on the page and their manager approves it; the
// BKPSDM administrator records the closing report of a seeded placement that has ended, and its JP and competency
// evidence count at once. Each step checked through the API, the pages checked with axe at both widths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { graphql } from '../support/graphql-client.js';
import { signInWithProfile } from '../support/sign-in.js';
import { checkAtBothWidths, seriousA11yViolations } from './axe.js';
import { followNavLink, signInAs, startBrowserStack, type BrowserStack } from './browser-stack.js';

const ASN = 'asn.ambon.1';
const MANAGER = 'kabid.aplikasi.ambon';
const ADMIN = 'admin.ambon';
const PLACEMENTS = `query { placements { id status jp endsOn hostOrganisation hostAssessment employee { id } } }`;
type Row = {
  id: string;
  status: string;
  jp: number;
  endsOn: string;
  hostOrganisation: string;
  hostAssessment: string | null;
  employee: { id: string };
};
type Standing = {
  jp: { earned: number; projected: number };
  trainingEvidence: { level: number; competency: { id: string }; placement: { id: string } | null }[];
};

describe('a placement from proposal to its closing report', () => {
  let browser: BrowserStack;
  let tokens: Record<string, string>;
  let proposedId: string;

  const query = async <T>(username: string, document: string, variables: Record<string, unknown> = {}) => {
    const response = await graphql<T>(browser.stack.gatewayUrl, document, variables, { token: tokens[username] });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const placementsAs = async (username: string) =>
    (await query<{ placements: Row[] }>(username, PLACEMENTS)).placements;
  async function openPage(username: string): Promise<Page> {
    const page = await browser.newPage();
    await signInAs(page, username);
    await followNavLink(page, 'Magang & detasering');
    await page.waitForURL(/\/placements$/);
    await page.getByRole('heading', { level: 1, name: 'Magang dan detasering' }).waitFor();
    return page;
  }

  beforeAll(async () => {
    browser = await startBrowserStack();
    tokens = {};
    for (const username of [ASN, MANAGER, ADMIN]) {
      tokens[username] = (await signInWithProfile(browser.stack.gatewayUrl, username)).token;
    }
  });
  afterAll(() => browser?.stop());

  it('lets an ASN propose a magang on the page; it waits for a decision', async () => {
    const page = await openPage(ASN);
    const form = page.getByTestId('placement-propose');
    await form.getByLabel('Jenis').selectOption('MAGANG');
    await form.getByLabel('Instansi tujuan', { exact: true }).fill('Dinas Kominfo Provinsi Maluku');
    await form.getByLabel('Pembimbing di instansi tujuan', { exact: true }).fill('Ir. Hendra Simanjuntak, M.T.');
    await form.getByLabel('Mulai', { exact: true }).fill('2027-03-01');
    await form.getByLabel('Selesai', { exact: true }).fill('2027-03-31');
    await form.getByLabel('JP', { exact: true }).fill('120');
    await form.getByLabel('Kompetensi sasaran').selectOption({ label: 'Keamanan Informasi' });
    await form.getByLabel('Level sasaran').selectOption('3');
    await form.getByLabel('Tujuan dan kegiatan', { exact: true }).fill('Mempelajari pengelolaan pusat data provinsi.');
    await form.getByRole('button', { name: 'Usulkan' }).click();
    await page.getByTestId('placement-notice').waitFor();
    const mine = (await placementsAs(ASN)).find((row) => row.endsOn === '2027-03-31')!;
    expect(mine).toMatchObject({ status: 'PROPOSED', jp: 120, hostOrganisation: 'Dinas Kominfo Provinsi Maluku' });
    proposedId = mine.id;
    const card = page.getByTestId(`placement-${proposedId}`);
    await expect(card.getByTestId('placement-status').textContent()).resolves.toContain('Menunggu keputusan');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await checkAtBothWidths(browser, page, 'placement-asn');
  });

  it('has the manager approve it from the awaiting list', async () => {
    const page = await openPage(MANAGER);
    await page.getByTestId('placements-awaiting').getByTestId(`placement-${proposedId}-approve`).click();
    await page.getByTestId('placement-notice').waitFor();
    expect((await placementsAs(MANAGER)).find((row) => row.id === proposedId)?.status).toBe('APPROVED');
    await checkAtBothWidths(browser, page, 'placement-manager');
  });

  it('records the closing report of an ended placement: its JP are earned and its competency proven', async () => {
    // The seed's ended placement in unit 6 awaiting its report: employee 20's magang of 120 JP, aiming at
    // Pengembangan Aplikasi (21) to level 3.
    const ended = (await placementsAs(ADMIN)).find((row) => row.employee.id === '20' && row.status === 'APPROVED')!;
    expect(ended.jp).toBe(120);
    const year = Number(ended.endsOn.slice(0, 4));
    const standing = async () =>
      (
        await query<{ employee: Standing }>(
          ADMIN,
          `query ($id: ID!, $year: Int!) { employee(id: $id) { jp(year: $year) { earned projected }
             trainingEvidence { level competency { id } placement { id } } } }`,
          { id: '20', year },
        )
      ).employee;
    const before = await standing();
    expect(before.trainingEvidence.filter((row) => row.placement)).toEqual([]);

    const page = await openPage(ADMIN);
    const card = page.getByTestId(`placement-${ended.id}`);
    await card.getByLabel('Penilaian tempat magang').selectOption('SANGAT_BAIK');
    await card.getByLabel('Laporan akhir').fill('Aplikasi antrean puskesmas selesai dibangun bersama tim.');
    await card.getByTestId(`placement-${ended.id}-complete`).click();
    await page.getByTestId('placement-notice').waitFor();
    await card.getByTestId('placement-report').waitFor();

    expect((await placementsAs(ADMIN)).find((row) => row.id === ended.id)).toMatchObject({
      status: 'COMPLETED',
      hostAssessment: 'SANGAT_BAIK',
    });
    const after = await standing();
    // The 120 JP move from projected (approved) to earned, in the year of the last day.
    expect(after.jp).toEqual({ earned: before.jp.earned + 120, projected: before.jp.projected - 120 });
    expect(after.trainingEvidence.filter((row) => row.placement)).toEqual([
      { level: 3, competency: { id: '21' }, placement: { id: ended.id } },
    ]);
    await checkAtBothWidths(browser, page, 'placement-admin');
    expect(browser.pageErrors).toEqual([]);
  });
});
