// Master-data inputs and fixtures for the authorization table, made through the gateway as the Ambon
// administrator, or, for a submitted past training, as the ASN who submits it. Each call makes a fresh one.
import type { AdminFixtures } from './admin-fixtures.js';
import { graphql } from './graphql-client.js';
import { signIn } from './sign-in.js';

/** What an input needs of its caller: a fresh number, so that codes and names stay unique. */
export interface Serial {
  next(): number;
}

export const PAST_TRAINING = {
  title: 'Bimtek Penerapan SPBE',
  form: 'CLASSICAL',
  category: 'TECHNICAL_GUIDANCE',
  startDate: '2024-05-10',
  endDate: '2024-05-14',
  jp: 32,
};

export const SIASN_CSV =
  'namaKursus;jenisKursus;jumlahJam;tanggalKursus;tanggalSelesaiKursus;tahunKursus;institusiPenyelenggara;nomorSertipikat\n' +
  'Kursus Bahasa Inggris;Kursus;40;01-03-2023;30-03-2023;2023;LBPP LIA;LIA/2023/77\n';

export const providerInput = (fixtures: Serial) => ({
  name: `Penyelenggara Uji ${fixtures.next()}`,
  kind: 'OTHER',
});

export const trainingInput = (fixtures: Serial, providerId = '1') => ({
  code: `UJI-${fixtures.next()}`,
  title: 'Pelatihan Uji',
  description: 'Pelatihan untuk uji otorisasi.',
  form: 'CLASSICAL',
  category: 'TECHNICAL',
  jp: 16,
  costPerParticipant: 500_000,
  providerId,
  competencies: [{ competencyId: '1', maxLevel: 3 }],
  prerequisiteIds: [],
});

export const schemeInput = (fixtures: Serial) => ({
  code: `UJI-SKEMA-${fixtures.next()}`,
  name: 'Skema Uji',
  issuerId: '1',
  validityMonths: 36,
  nationallyRecognised: false,
  competencies: [{ competencyId: '2', level: 2 }],
  requiredForPositionIds: [],
});

const idOf = async (fixtures: AdminFixtures, field: string, inputType: string, input: unknown) =>
  (
    (await fixtures.run(`mutation ($input: ${inputType}!) { ${field}(input: $input) { id } }`, { input })) as Record<
      string,
      { id: string }
    >
  )[field]!.id;

export const agencyProvider = (fixtures: AdminFixtures) =>
  idOf(fixtures, 'saveProvider', 'ProviderInput', providerInput(fixtures));
export const agencyTraining = (fixtures: AdminFixtures) =>
  idOf(fixtures, 'saveTraining', 'TrainingInput', trainingInput(fixtures));
export const agencyScheme = (fixtures: AdminFixtures) =>
  idOf(fixtures, 'saveScheme', 'SchemeInput', schemeInput(fixtures));
export const agencyUnit = (fixtures: AdminFixtures, parentId: number) =>
  idOf(fixtures, 'createUnit', 'CreateUnitInput', { parentId: String(parentId), name: `Unit Uji ${fixtures.next()}` });

const asnTokens = new Map<string, Promise<string>>();

/** A past training the ASN asn.ambon.1 (employee 14) submitted, pending verification. */
export async function pendingPastTraining(fixtures: AdminFixtures): Promise<string> {
  const token = asnTokens.get(fixtures.gatewayUrl) ?? signIn(fixtures.gatewayUrl, 'asn.ambon.1');
  asnTokens.set(fixtures.gatewayUrl, token);
  const result = await graphql<{ submitPastTraining: { id: string } }>(
    fixtures.gatewayUrl,
    `
      mutation ($input: PastTrainingInput!) {
        submitPastTraining(input: $input) {
          id
        }
      }
    `,
    { input: { employeeId: '14', ...PAST_TRAINING } },
    { token: await token },
  );
  if (!result.data) throw new Error(`fixture failed: submitPastTraining: ${JSON.stringify(result.errors)}`);
  return result.data.submitPastTraining.id;
}

export const competencyInput = (fixtures: Serial) => ({
  code: `UJI${fixtures.next()}`,
  name: 'Kompetensi Uji',
  type: 'TECHNICAL',
  definition: 'Kompetensi untuk uji otorisasi.',
  levels: [1, 2, 3, 4, 5].map((level) => `Deskriptor level ${level}.`),
});

export const positionInput = (unitId: number) => ({
  unitId: String(unitId),
  name: 'Arsiparis Ahli Muda',
  kind: 'FUNGSIONAL',
  functionalLevel: 'AHLI_MUDA',
  minGolongan: 'III_C',
  minEducation: 'S1',
});

export const issuerInput = (fixtures: Serial) => ({
  code: `LSP-UJI-${fixtures.next()}`,
  name: 'LSP Uji',
  kind: 'BNSP',
});

export const agencyCompetency = (fixtures: AdminFixtures) =>
  idOf(fixtures, 'saveCompetency', 'CompetencyInput', competencyInput(fixtures));
export const agencyPosition = (fixtures: AdminFixtures, unitId: number) =>
  idOf(fixtures, 'savePosition', 'PositionInput', positionInput(unitId));
export const agencyIssuer = (fixtures: AdminFixtures) =>
  idOf(fixtures, 'saveIssuer', 'IssuerInput', issuerInput(fixtures));

/** A live API key of agency 1, created by its administrator, to revoke. */
export const agencyApiKey = async (fixtures: AdminFixtures) =>
  (
    (await fixtures.run(`mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`, {
      input: { name: `Uji ${fixtures.next()}`, scopes: ['training:read'] },
    })) as { createApiKey: { apiKey: { id: string } } }
  ).createApiKey.apiKey.id;
