// Degree studies for the authorization table: each call a fresh study of the employee, in a period of its own (one
// study at a time means no overlap), entered by the administrator and taken through the subject's manager and the
// administrator to the stage asked.
import type { AdminFixtures } from './admin-fixtures.js';
import { graphql } from './graphql-client.js';
import { signIn } from './sign-in.js';

export type DegreeStudyStage = 'PENDING_MANAGER' | 'PENDING_ADMIN' | 'APPROVED';

/** The head of each subject's unit (support/identities): unit 6 for 14 and 15, the Puskesmas for 33. */
const MANAGER_OF: Record<number, string> = { 33: 'kapus.ambon' };
const managerTokens = new Map<string, Promise<string>>();
const calls = new WeakMap<AdminFixtures, number>();

/** A two-month window no earlier call used (six a year): from 2031 for applications, from 2001 for studies under
 *  way, which the table's 70-odd calls keep before today. */
function period(fixtures: AdminFixtures, underWay: boolean) {
  const n = calls.get(fixtures) ?? 0;
  calls.set(fixtures, n + 1);
  const year = (underWay ? 2001 : 2031) + Math.floor(n / 6);
  const month = String(2 * (n % 6) + 1).padStart(2, '0');
  return { startsOn: `${year}-${month}-01`, expectedEndOn: `${year}-${month}-28` };
}

/** The degree above the one held: the subjects hold S1, until the graduation row gives one of them S2. */
const NEXT_LEVEL: Record<string, string> = { D3: 'S1', D4: 'S2', S1: 'S2', S2: 'S3' };

/** An application for the degree above `held`; `underWay` dates it in the past. */
export function degreeApplication(fixtures: AdminFixtures, employeeId: number, underWay = false, held = 'S1') {
  return {
    employeeId: String(employeeId),
    kind: 'TUGAS_BELAJAR',
    level: NEXT_LEVEL[held],
    programme: 'Magister Administrasi Publik',
    institution: 'Universitas Pattimura',
    funding: 'APBD',
    ...period(fixtures, underWay),
  };
}

export async function degreeStudy(
  fixtures: AdminFixtures,
  employeeId: number,
  stage: DegreeStudyStage,
): Promise<string> {
  const { employee } = await fixtures.run<{ employee: { education: string } }>(
    `query ($id: ID!) { employee(id: $id) { education } }`,
    { id: String(employeeId) },
  );
  const applied = await fixtures.run<{ applyDegreeStudy: { id: string } }>(
    `mutation ($input: ApplyDegreeStudyInput!) { applyDegreeStudy(input: $input) { id } }`,
    { input: degreeApplication(fixtures, employeeId, stage === 'APPROVED', employee.education) },
  );
  const id = applied.applyDegreeStudy.id;
  const approve = `mutation ($id: ID!) { approveDegreeStudy(input: { id: $id }) { status } }`;
  if (stage === 'PENDING_MANAGER') return id;
  const manager = MANAGER_OF[employeeId] ?? 'kabid.aplikasi.ambon';
  const key = `${fixtures.gatewayUrl} ${manager}`;
  if (!managerTokens.has(key)) managerTokens.set(key, signIn(fixtures.gatewayUrl, manager));
  const byManager = await graphql(fixtures.gatewayUrl, approve, { id }, { token: await managerTokens.get(key)! });
  if (byManager.errors?.length) throw new Error(`fixture failed: ${JSON.stringify(byManager.errors)}`);
  if (stage === 'APPROVED') await fixtures.run(approve, { id });
  return id;
}
