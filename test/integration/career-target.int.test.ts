// "My target" through the gateway, on SQLite and MySQL: the demo ASN (employee 14, Pranata Komputer Ahli Pertama)
// chooses a career option as their target, sees the progress toward it, changes it and clears it; a position that is
// not one of their options is refused with nothing written; every write is in personnel's audit log; the JP of the
// option's trainings already in the plan count as planned; the SQL statements for a page of employees' targets do
// not grow with the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';
import { AMBON_TIME_ZONE, todayIn } from '../support/local-date.js';

const TARGET = /* GraphQL */ `
  query Target($id: ID!) {
    employee(id: $id) {
      careerTarget {
        chosenOn
        position {
          id
        }
        option {
          positionId
          gaps {
            competencyId
          }
          requirements {
            met
          }
          trainingPlan {
            steps {
              status
              training {
                id
                jp
              }
              nextSession {
                id
                endDate
              }
            }
            totalJp
            plannedJp
          }
        }
        progress {
          competenciesMet
          competencyCount
          requirementsMet
          requirementCount
          complete
        }
      }
    }
  }
`;
const CHOOSE = `mutation ($input: ChooseCareerTargetInput!) { chooseCareerTarget(input: $input) { id careerTarget { position { id } } } }`;
const CLEAR = `mutation ($input: ClearCareerTargetInput!) { clearCareerTarget(input: $input) { id careerTarget { chosenOn } } }`;
const RECORD = `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`;
const ADD = `mutation ($input: AddTrainingsToPlanInput!) { addTrainingsToPlan(input: $input) { id } }`;
const PAGE = `query ($filter: EmployeeFilter!) { employees(first: 100, filter: $filter) { edges { node { id careerTarget { chosenOn position { id } } } } } }`;
const BARE = `query ($filter: EmployeeFilter!) { employees(first: 100, filter: $filter) { edges { node { id } } } }`;
const LOG = `{ personnelAuditLog(first: 3) { action entityName entityId before after } }`;

// Position 8 (Pranata Komputer Ahli Muda), the vertical move from 7: competencies 1-9 at level 2, DATA (11) 3,
// KAMINFO (15) 2, PAPL (21) 3: 12 competencies.
const ASSESSED: [number, number][] = [
  ...Array.from({ length: 9 }, (_, index) => [index + 1, 2] as [number, number]),
  [11, 2],
  [15, 2],
  [21, 1],
];

type Target = {
  chosenOn: string;
  position: { id: string };
  option: {
    positionId: string;
    gaps: { competencyId: string }[];
    requirements: { met: boolean }[];
    trainingPlan: {
      steps: {
        status: string;
        training: { id: string; jp: number };
        nextSession: { id: string; endDate: string } | null;
      }[];
      totalJp: number;
      plannedJp: number;
    };
  } | null;
  progress: {
    competenciesMet: number;
    competencyCount: number;
    requirementsMet: number;
    requirementCount: number;
    complete: boolean;
  } | null;
};

describe.each(DATABASES)('my career target on %s', (database) => {
  let stack: TestStack;
  let admin: string;
  let asn: string;
  // Employee 14 is of Kota Ambon: "today" is Ambon's date (WIT).
  const today = todayIn(AMBON_TIME_ZONE);
  const asAsn = (query: string, variables: Record<string, unknown>) =>
    graphql(stack.gatewayUrl, query, variables, { token: asn });
  const target = async (): Promise<Target | null> => {
    const result = await asAsn(TARGET, { id: '14' });
    expect(result.errors).toBeUndefined();
    return result.data!.employee.careerTarget as Target | null;
  };

  beforeAll(async () => {
    stack = await startTestStack({ database });
    [admin, asn] = await Promise.all([
      signIn(stack.gatewayUrl, 'admin.ambon'),
      signIn(stack.gatewayUrl, 'asn.ambon.1'),
    ]);
    // Assessment-centre results outrank the demo's manager and self ratings: the current levels are these.
    for (const [competencyId, level] of ASSESSED) {
      const recorded = await graphql(
        stack.gatewayUrl,
        RECORD,
        {
          input: {
            employeeId: '14',
            competencyId: String(competencyId),
            level,
            source: 'ASSESSMENT_CENTER',
            assessedOn: '2026-01-10',
          },
        },
        { token: admin },
      );
      expect(recorded.errors).toBeUndefined();
    }
  }, 120_000);
  afterAll(() => stack?.stop());

  it('has no target until one is chosen, and refuses a position that is not an option, writing nothing', async () => {
    expect(await target()).toBeNull();
    // Position 1 (Sekretaris Daerah) is not reachable in one or two moves from position 7.
    const refused = await asAsn(CHOOSE, { input: { employeeId: '14', positionId: '1' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.positionId',
      reason: 'NOT_A_CAREER_OPTION',
    });
    expect(refused.errors?.[0]?.message).toMatch(/not one of the employee's career options|bukan pilihan karier/);
    expect(await target()).toBeNull();
  });

  it('chooses the vertical move: 10 of its 12 competencies met, the requirements counted as the option has them', async () => {
    const chosen = await asAsn(CHOOSE, { input: { employeeId: '14', positionId: '8' } });
    expect(chosen.errors).toBeUndefined();
    expect(chosen.data!.chooseCareerTarget).toEqual({ id: '14', careerTarget: { position: { id: '8' } } });
    const mine = (await target())!;
    expect(mine).toMatchObject({ chosenOn: today, position: { id: '8' }, option: { positionId: '8' } });
    // DATA (11) at 2 of 3 and PAPL (21) at 1 of 3 are open; the other ten meet level 2: 10 of 12.
    expect(mine.option!.gaps.map((gap) => gap.competencyId).sort()).toEqual(['11', '21']);
    const met = mine.option!.requirements.filter((requirement) => requirement.met).length;
    expect(mine.progress).toEqual({
      competenciesMet: 10,
      competencyCount: 12,
      requirementsMet: met,
      requirementCount: mine.option!.requirements.length,
      complete: false,
    });
    const [entry] = (await graphql(stack.gatewayUrl, LOG, {}, { token: admin })).data!.personnelAuditLog as {
      action: string;
      entityName: string;
      entityId: string;
    }[];
    expect(entry).toMatchObject({ action: 'INSERT', entityName: 'career_target', entityId: '14' });
  });

  it('counts as planned the JP of the target’s trainings put into the plan', async () => {
    const before = (await target())!.option!.trainingPlan;
    const step = before.steps.find((s) => s.status === 'RECOMMENDED' && s.nextSession);
    expect(step, 'a recommended training with an open session').toBeDefined();
    expect(before.plannedJp).toBe(0);
    const year = Number(step!.nextSession!.endDate.slice(0, 4));
    const added = await asAsn(ADD, {
      input: { employeeId: '14', year, items: [{ trainingId: step!.training.id, sessionId: step!.nextSession!.id }] },
    });
    expect(added.errors).toBeUndefined();
    const after = (await target())!.option!.trainingPlan;
    expect(after.totalJp).toBe(before.totalJp);
    expect(after.plannedJp).toBe(step!.training.jp);
  });

  it('changes the target (one per person) and clears it, each change audited', async () => {
    const changed = await asAsn(CHOOSE, { input: { employeeId: '14', positionId: '4' } });
    expect(changed.errors).toBeUndefined();
    expect((await target())!.position).toEqual({ id: '4' });
    const [update] = (await graphql(stack.gatewayUrl, LOG, {}, { token: admin })).data!.personnelAuditLog as {
      action: string;
      before: string;
      after: string;
    }[];
    expect(update).toMatchObject({ action: 'UPDATE' });
    expect(JSON.parse(update!.before)).toMatchObject({ employeeId: 14, positionId: 8 });
    expect(JSON.parse(update!.after)).toMatchObject({ employeeId: 14, positionId: 4 });
    const cleared = await asAsn(CLEAR, { input: { employeeId: '14' } });
    expect(cleared.data!.clearCareerTarget).toEqual({ id: '14', careerTarget: null });
    expect(await target()).toBeNull();
    const [removed] = (await graphql(stack.gatewayUrl, LOG, {}, { token: admin })).data!.personnelAuditLog as {
      action: string;
    }[];
    expect(removed).toMatchObject({ action: 'REMOVE', entityName: 'career_target', entityId: '14' });
  });

  it("refuses choosing someone else's target, the manager's and the administrator's included", async () => {
    const manager = await signIn(stack.gatewayUrl, 'kabid.aplikasi.ambon');
    for (const token of [manager, admin]) {
      const refused = await graphql(
        stack.gatewayUrl,
        CHOOSE,
        { input: { employeeId: '14', positionId: '8' } },
        { token },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await target()).toBeNull();
  });

  it('takes as many SQL statements for the targets of a whole agency as for one unit', async () => {
    await asAsn(CHOOSE, { input: { employeeId: '14', positionId: '8' } });
    const statements = async (query: string, filter: Record<string, unknown>) => {
      const before = await stack.stats();
      const result = await graphql(stack.gatewayUrl, query, { filter }, { token: admin });
      expect(result.errors).toBeUndefined();
      // Both lists hold employee 14 and their target, so both load a target position.
      const nodes = (result.data!.employees.edges as { node: { id: string; careerTarget: unknown } }[]).map(
        (e) => e.node,
      );
      if (query === PAGE) expect(nodes.find((node) => node.id === '14')?.careerTarget).toBeTruthy();
      const after = await stack.stats();
      return after.personnel!.sqlStatements - before.personnel!.sqlStatements;
    };
    // What the targets add to the same list: the statements with them minus those without.
    const statementsFor = async (filter: Record<string, unknown>) =>
      (await statements(PAGE, filter)) - (await statements(BARE, filter));
    // Unit 6 (Bidang Aplikasi Informatika) against the whole agency (75 people).
    const unit = await statementsFor({ unitId: '6' });
    expect(await statementsFor({})).toBe(unit);
  });
});
