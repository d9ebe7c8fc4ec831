// Placements for the authorization table and the browser test: each call a one-day placement on a day no earlier
// call used (so one placement at a time never refuses it), proposed by the administrator and taken to the stage asked.
import type { AdminFixtures } from './admin-fixtures.js';

export type PlacementStage = 'PROPOSED' | 'APPROVED_ENDED';

function dayAfter(base: string, days: number): string {
  const date = new Date(`${base}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A proposal for the employee: from 2031 on, or (`ended`) from 2010 on, which only an administrator may enter. */
export function placementProposal(fixtures: AdminFixtures, employeeId: number, ended = false) {
  const day = dayAfter(ended ? '2010-01-01' : '2031-01-01', fixtures.next());
  return {
    employeeId: String(employeeId),
    kind: 'MAGANG',
    hostOrganisation: 'Dinas Kominfo Provinsi Maluku',
    supervisorName: 'Ir. Hendra Simanjuntak, M.T.',
    startsOn: day,
    endsOn: day,
    jp: 8,
    goals: 'Mempelajari pengelolaan pusat data.',
    competencies: [{ competencyId: '14', targetLevel: 3 }],
  };
}

export async function placement(fixtures: AdminFixtures, employeeId: number, stage: PlacementStage): Promise<string> {
  const ended = stage === 'APPROVED_ENDED';
  const { proposePlacement } = await fixtures.run<{ proposePlacement: { id: string } }>(
    `mutation ($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
    { input: placementProposal(fixtures, employeeId, ended) },
  );
  if (ended) {
    await fixtures.run(`mutation ($id: ID!) { approvePlacement(input: { id: $id }) { status } }`, {
      id: proposePlacement.id,
    });
  }
  return proposePlacement.id;
}
