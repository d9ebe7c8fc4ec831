// Cooperation agreements and needs surveys for the authorization table: a fresh agreement of agency 1 per attempt,
// entered by its administrator, and the seeded needs survey of unit 6.
import type { AdminFixtures } from './admin-fixtures.js';

export const SURVEY_YEAR = new Date().getFullYear();

export function partnershipInput(fixtures: AdminFixtures) {
  return {
    partnerName: `Universitas Uji ${fixtures.next()}`,
    partnerKind: 'UNIVERSITY',
    agreementKind: 'MOU',
    documentNumber: `UJI/MOU/${fixtures.next()}`,
    scope: 'Kuliah umum dan penelitian bersama.',
    startsOn: '2025-01-01',
    endsOn: '2029-12-31',
    contactName: 'Dr. Uji Coba',
  };
}

export async function partnership(fixtures: AdminFixtures): Promise<string> {
  const { savePartnership } = await fixtures.run<{ savePartnership: { id: string } }>(
    `mutation ($input: PartnershipInput!) { savePartnership(input: $input) { id } }`,
    { input: partnershipInput(fixtures) },
  );
  return savePartnership.id;
}

/** The seeded survey of unit 6 (Bidang Aplikasi Informatika, agency 1) for this year. */
export async function unitSixSurvey(fixtures: AdminFixtures): Promise<string> {
  const { unit } = await fixtures.run<{ unit: { needsSurvey: { id: string } } }>(
    `query ($year: Int!) { unit(id: "6") { needsSurvey(year: $year) { id } } }`,
    { year: SURVEY_YEAR },
  );
  return unit.needsSurvey.id;
}
