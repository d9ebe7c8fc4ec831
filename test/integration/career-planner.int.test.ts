// The career planner through the gateway, on SQLite and MySQL: an Ahli Pertama created through the API with
// assessments exactly at their standard, so the options, JPM and requirements below are worked by hand; training's
// part of each option in the same request; the recommended trainings put into the year's plan in one mutation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';
import { AMBON_TIME_ZONE, todayIn } from '../support/local-date.js';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      id
    }
  }
`;
const RECORD = /* GraphQL */ `
  mutation Record($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      id
    }
  }
`;
const OPTIONS = /* GraphQL */ `
  query Options($id: ID!) {
    employee(id: $id) {
      jpm
      jpmCategory
      careerOptions {
        positionId
        kind
        steps
        rank
        path {
          id
        }
        jpm
        jpmCategory
        leadershipTrainingCode
        eligibleOn
        experienceMetOn
        gaps {
          competencyId
          requiredLevel
          currentLevel
          gap
        }
        requirements {
          kind
          met
          required
          actual
          metOn
        }
        trainingPlan {
          leadershipTrainingCode
          leadershipMet
          steps {
            training {
              id
              code
              jp
              costPerParticipant
            }
            competency {
              id
            }
            nextSession {
              id
              endDate
            }
          }
          uncovered {
            id
          }
          totalJp
          totalCost
          earliestEligibleDate
        }
        certification {
          allMet
          requirements {
            met
            scheme {
              id
            }
            certificate {
              number
            }
          }
        }
      }
    }
  }
`;
const RECORD_CERTIFICATE = /* GraphQL */ `
  mutation RecordCertificate($input: RecordCertificateInput!) {
    recordCertificate(input: $input) {
      id
    }
  }
`;
const ONE = /* GraphQL */ `
  query One($employeeId: ID!, $positionId: ID!) {
    careerOption(employeeId: $employeeId, positionId: $positionId) {
      rank
      position {
        name
      }
    }
  }
`;
const ADD = /* GraphQL */ `
  mutation Add($input: AddTrainingsToPlanInput!) {
    addTrainingsToPlan(input: $input) {
      year
      status
      items {
        training {
          id
        }
        session {
          id
        }
      }
    }
  }
`;

// Position 7 of Ambon (Pranata Komputer Ahli Pertama): competencies 1-9 at level 1, DATA (11) 2, KAMINFO (15) 1,
// PAPL (21) 2. Its ladder: 7 → 8 (vertical, 2 years), then 8 → 4 and 8 → 50 (diagonal to Administrator, PKA, S1,
// 3 years).
const LEVELS: [number, number][] = [
  ...Array.from({ length: 9 }, (_, index) => [index + 1, 1] as [number, number]),
  [11, 2],
  [15, 1],
  [21, 2],
];

type Option = {
  positionId: string;
  kind: string;
  steps: number;
  rank: number;
  path: { id: string }[];
  jpm: number;
  jpmCategory: string;
  leadershipTrainingCode: string | null;
  eligibleOn: string | null;
  experienceMetOn: string;
  gaps: { competencyId: string; requiredLevel: number; currentLevel: number; gap: number }[];
  requirements: { kind: string; met: boolean; required: string; actual: string; metOn: string | null }[];
  certification: {
    allMet: boolean;
    requirements: { met: boolean; scheme: { id: string }; certificate: { number: string } | null }[];
  } | null;
  trainingPlan: {
    leadershipTrainingCode: string | null;
    leadershipMet: boolean;
    steps: {
      training: { id: string; code: string; jp: number; costPerParticipant: number };
      competency: { id: string } | null;
      nextSession: { id: string; endDate: string } | null;
    }[];
    uncovered: { id: string }[];
    totalJp: number;
    totalCost: number;
    earliestEligibleDate: string | null;
  } | null;
};

describe.each(DATABASES)('the career planner through the gateway on %s', (database) => {
  let stack: TestStack;
  let admin: string;
  let employeeId: string;
  let options: Option[];
  // The employee is of Kota Ambon: "today" is Ambon's date (WIT), as the subgraphs' clock reads it.
  const today = todayIn(AMBON_TIME_ZONE);

  beforeAll(async () => {
    stack = await startTestStack({ database });
    admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    const created = await graphql(
      stack.gatewayUrl,
      CREATE,
      {
        input: {
          nip: '199005132014071901',
          name: 'Uji Karier',
          golongan: 'III_C',
          education: 'S1',
          positionId: '7',
          unitId: '6',
          positionSince: '2015-01-01',
          performancePredikat: 'SANGAT_BAIK',
          potentialScore: 85,
        },
      },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    employeeId = created.data!.createEmployee.id;
    for (const [competencyId, level] of LEVELS) {
      const recorded = await graphql(
        stack.gatewayUrl,
        RECORD,
        {
          input: {
            employeeId,
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
    const result = await graphql(stack.gatewayUrl, OPTIONS, { id: employeeId }, { token: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data!.employee).toMatchObject({ jpm: 100, jpmCategory: 'OPTIMAL' });
    options = result.data!.employee.careerOptions;
  }, 120_000);
  afterAll(() => stack?.stop());

  it('ranks the reachable positions: all requirements met first, then by JPM', () => {
    // 8: Σ required 2 × 9 + 3 + 2 + 3 = 26, held 14 → 53.85. 50 (Kabid Data): 3 × 9 + DATA 3 + TKTI 3 = 33, held
    // 9 + 2 + 0 = 11 → 33.33. 4 (Kabid Aplikasi): 3 × 9 + PAPL 3 + MPROY 3 + TKTI 3 = 36, held 9 + 2 = 11 → 30.56.
    expect(options.map((option) => [option.positionId, option.rank, option.kind, option.steps, option.jpm])).toEqual([
      ['8', 1, 'VERTICAL', 1, 53.85],
      ['50', 2, 'DIAGONAL', 2, 33.33],
      ['4', 3, 'DIAGONAL', 2, 30.56],
    ]);
    expect(options[0]!.path.map((position) => position.id)).toEqual(['7', '8']);
    expect(options[1]!.path.map((position) => position.id)).toEqual(['7', '8', '50']);
    expect(options.map((option) => option.jpmCategory)).toEqual([
      'KURANG_MEMENUHI_SYARAT',
      'KURANG_MEMENUHI_SYARAT',
      'KURANG_MEMENUHI_SYARAT',
    ]);
  });

  it('lists every gap against the target standard', () => {
    const gaps = options[0]!.gaps;
    expect(gaps).toHaveLength(12);
    expect(gaps.every((gap) => gap.gap === -1 && gap.currentLevel === gap.requiredLevel - 1)).toBe(true);
    expect(gaps.find((gap) => gap.competencyId === '21')).toEqual({
      competencyId: '21',
      requiredLevel: 3,
      currentLevel: 2,
      gap: -1,
    });
  });

  it('checks golongan, education and years: all met for the vertical move, eligible today', () => {
    expect(options[0]!.requirements).toEqual([
      { kind: 'GOLONGAN', met: true, required: 'III/c', actual: 'III/c', metOn: '2015-01-01' },
      { kind: 'EDUCATION', met: true, required: 'S1', actual: 'S1', metOn: '2015-01-01' },
      { kind: 'YEARS_IN_POSITION', met: true, required: '2 years', actual: expect.any(String), metOn: '2017-01-01' },
    ]);
    expect(options[0]!).toMatchObject({ eligibleOn: today, experienceMetOn: today, leadershipTrainingCode: null });
  });

  it('finds the Administrator moves unmet: golongan III/d, 2 + 3 years, two good years, PKA', () => {
    const kabid = options[1]!;
    const unmet = kabid.requirements.filter((check) => !check.met).map((check) => check.kind);
    expect(unmet).toEqual(['GOLONGAN', 'YEARS_IN_POSITION', 'PERFORMANCE']);
    expect(kabid.requirements.find((check) => check.kind === 'GOLONGAN')).toMatchObject({ required: 'III/d' });
    expect(kabid.requirements.find((check) => check.kind === 'YEARS_IN_POSITION')!.metOn! > today).toBe(true);
    // No promotion date or predikat history on record: no foreseeable date, but training still gets one.
    expect(kabid.eligibleOn).toBeNull();
    expect(kabid.experienceMetOn > today).toBe(true);
    expect(kabid.leadershipTrainingCode).toBe('PKA');
  });

  it("carries training's part: the leadership training unmet, a training per gap, JP and cost totals", () => {
    const plan = options[1]!.trainingPlan!;
    expect(plan).toMatchObject({ leadershipTrainingCode: 'PKA', leadershipMet: false });
    expect(plan.steps[0]).toMatchObject({ training: { code: 'PKA' }, competency: null });
    const distinct = new Map(plan.steps.map((step) => [step.training.id, step.training]));
    expect(plan.totalJp).toBe([...distinct.values()].reduce((sum, training) => sum + training.jp, 0));
    expect(plan.totalCost).toBe([...distinct.values()].reduce((sum, training) => sum + training.costPerParticipant, 0));
    const gapIds = new Set(options[1]!.gaps.map((gap) => gap.competencyId));
    for (const step of plan.steps.slice(1)) expect(gapIds.has(step.competency!.id)).toBe(true);
    for (const competency of plan.uncovered) expect(gapIds.has(competency.id)).toBe(true);
    const vertical = options[0]!.trainingPlan!;
    expect(vertical).toMatchObject({ leadershipTrainingCode: null, leadershipMet: true });
    expect(vertical.steps.length + vertical.uncovered.length).toBeGreaterThan(0);
  });

  it("carries certification's part: the target's required scheme unmet, then met once a certificate is recorded", async () => {
    // Pranata Komputer Ahli Muda requires its JF competency test (certification's demo requirements).
    const vertical = options[0]!.certification!;
    expect(vertical.allMet).toBe(false);
    expect(vertical.requirements.length).toBeGreaterThan(0);
    expect(vertical.requirements.every((requirement) => !requirement.met && requirement.certificate === null)).toBe(
      true,
    );
    const schemeId = vertical.requirements[0]!.scheme.id;
    const issuedOn = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const recorded = await graphql(
      stack.gatewayUrl,
      RECORD_CERTIFICATE,
      { input: { employeeId, schemeId, number: `UJI-${employeeId}-${schemeId}`, issuedOn } },
      { token: admin },
    );
    expect(recorded.errors).toBeUndefined();
    const again = await graphql(stack.gatewayUrl, OPTIONS, { id: employeeId }, { token: admin });
    const certification = (again.data!.employee.careerOptions as Option[])[0]!.certification!;
    expect(certification.requirements.find((requirement) => requirement.scheme.id === schemeId)).toMatchObject({
      met: true,
      certificate: { number: `UJI-${employeeId}-${schemeId}` },
    });
  });

  it('answers one option by key, and null for a position not on the ladder', async () => {
    const found = await graphql(stack.gatewayUrl, ONE, { employeeId, positionId: '50' }, { token: admin });
    expect(found.data!.careerOption).toEqual({
      rank: 2,
      position: { name: 'Kepala Bidang Pengelolaan Data dan Statistik' },
    });
    const none = await graphql(stack.gatewayUrl, ONE, { employeeId, positionId: '1' }, { token: admin });
    expect(none.errors).toBeUndefined();
    expect(none.data!.careerOption).toBeNull();
  });

  it("shows an ASN their own options and refuses another's", async () => {
    const asn = await signIn(stack.gatewayUrl, 'asn.ambon.1');
    const own = await graphql(stack.gatewayUrl, ONE, { employeeId: '14', positionId: '8' }, { token: asn });
    expect(own.errors).toBeUndefined();
    expect(own.data!.careerOption.rank).toBe(1);
    const other = await graphql(stack.gatewayUrl, ONE, { employeeId, positionId: '8' }, { token: asn });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("puts an option's recommended trainings into the plan of the year each session ends, one mutation a year", async () => {
    const plan = options[1]!.trainingPlan!;
    const steps = [...new Map(plan.steps.map((step) => [step.training.id, step])).values()];
    // JP belong to the year a session ends: a session ending next year goes into next year's plan.
    const thisYear = Number(today.slice(0, 4));
    const yearOf = (step: (typeof steps)[number]) =>
      step.nextSession ? Number(step.nextSession.endDate.slice(0, 4)) : thisYear;
    const years = [...new Set(steps.map(yearOf))].sort();
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      const items = steps
        .filter((step) => yearOf(step) === year)
        .map((step) => ({ trainingId: step.training.id, ...(step.nextSession && { sessionId: step.nextSession.id }) }));
      const added = await graphql(stack.gatewayUrl, ADD, { input: { employeeId, year, items } }, { token: admin });
      expect(added.errors).toBeUndefined();
      expect(added.data!.addTrainingsToPlan).toMatchObject({ year, status: 'DRAFT' });
      expect(
        (added.data!.addTrainingsToPlan.items as { training: { id: string }; session: { id: string } | null }[]).map(
          (item) => ({ trainingId: item.training.id, ...(item.session && { sessionId: item.session.id }) }),
        ),
      ).toEqual(items);
    }
  });

  it('says why a plan is empty: no ladder move, every target closed to a PPPK, or past the retirement horizon', async () => {
    const create = async (input: Record<string, unknown>) => {
      const created = await graphql(
        stack.gatewayUrl,
        CREATE,
        { input: { unitId: '6', performancePredikat: 'BAIK', potentialScore: 70, ...input } },
        { token: admin },
      );
      expect(created.errors).toBeUndefined();
      return created.data!.createEmployee.id as string;
    };
    // A PPPK Pranata Komputer Ahli Muda (position 8): the ladder leads only to Kepala Bidang (4, 50), Kepala Bagian
    // (14) and a JPT Pratama (2), structural posts a PPPK cannot hold.
    const pppk = await create({
      nip: '199203152021212005',
      name: 'Uji PPPK',
      employeeType: 'PPPK',
      golongan: 'III_C',
      education: 'S1',
      positionId: '8',
      positionSince: '2021-12-01',
    });
    // A Kepala Bidang (position 4, Administrator: retires at 58) born 1968-12-20, in post since 2025-06-01: each move
    // needs 2 more years in post (2027-06-01), after retirement on 2026-12-20.
    const retiring = await create({
      nip: '196812201990031007',
      name: 'Uji Pensiun',
      golongan: 'IV_A',
      education: 'S1',
      positionId: '4',
      positionSince: '2025-06-01',
    });
    const reasons = await graphql(
      stack.gatewayUrl,
      /* GraphQL */ `
        query EmptyPlans($pppk: ID!, $retiring: ID!) {
          sekda: employee(id: "1") {
            careerOptions {
              positionId
            }
            careerPlanEmptyReason
          }
          pppk: employee(id: $pppk) {
            careerOptions {
              positionId
            }
            careerPlanEmptyReason
          }
          retiring: employee(id: $retiring) {
            careerOptions {
              positionId
            }
            careerPlanEmptyReason
          }
          planned: employee(id: "14") {
            careerPlanEmptyReason
          }
        }
      `,
      { pppk, retiring },
      { token: admin },
    );
    expect(reasons.errors).toBeUndefined();
    expect(reasons.data).toEqual({
      // The Sekretaris Daerah (position 1): the ladder has no move from the top post.
      sekda: { careerOptions: [], careerPlanEmptyReason: 'NO_LADDER_MOVE' },
      pppk: { careerOptions: [], careerPlanEmptyReason: 'CLOSED_TO_EMPLOYEE_TYPE' },
      retiring: { careerOptions: [], careerPlanEmptyReason: 'PAST_RETIREMENT_HORIZON' },
      planned: { careerPlanEmptyReason: null },
    });
  });

  it('takes a constant number of subgraph fetches for the whole plan', async () => {
    const before = await stack.stats();
    const result = await graphql(stack.gatewayUrl, OPTIONS, { id: employeeId }, { token: admin });
    expect(result.errors).toBeUndefined();
    const after = await stack.stats();
    // personnel: the employee with its options, then the options' @requires fields for training's plan.
    expect(after.training!.graphqlRequests - before.training!.graphqlRequests).toBe(1);
    expect(after.personnel!.graphqlRequests - before.personnel!.graphqlRequests).toBeLessThanOrEqual(2);
  });
});
