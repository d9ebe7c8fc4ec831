import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSubgraph, type TestSubgraph } from '@asn/common/testing';
import { fixedClock, type Identity } from '@asn/common';
import { DevelopmentPlanItem } from '../entities/development-plan-item.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { ADMIN_AMBON, asn } from '../testing/identities.js';
import { TrainingCategory } from '../types/training-category.enum.js';

const op = (name: string, inputType: string, fields = 'id') =>
  `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`;
const SESSION_FIELDS = {
  name: 'Angkatan IV',
  startDate: '2026-09-01',
  endDate: '2026-09-05',
  mode: 'OFFLINE',
  location: 'Ambon',
  registrationDeadline: '2026-08-20',
  capacity: 30,
};

describe('a degree is studied, never taken as a session (docs/domain.md, "Degree study")', () => {
  let subgraph: TestSubgraph;
  let catalog: Catalog;
  const run = (query: string, input: Record<string, unknown>, identity: Identity) =>
    subgraph.execute<Record<string, { id: string }>>(query, { input }, { identity });
  const rows = async () => ({
    sessions: await subgraph.dataSource.getRepository(TrainingSession).count(),
    enrolments: await subgraph.dataSource.getRepository(Enrolment).count(),
    items: await subgraph.dataSource.getRepository(DevelopmentPlanItem).count(),
  });

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-06-15') }));
    // Training 1 becomes a degree with a session left over from before degree study; training 2 stays a course.
    catalog = await insertCatalog(subgraph.dataSource, 2, { agencyId: 1 });
    await subgraph.dataSource
      .getRepository(Training)
      .update({ id: catalog.trainings[0]!.id }, { category: TrainingCategory.DEGREE });
  });
  afterAll(() => subgraph.stop());

  it('refuses each way into a session, enrolment or plan with DEGREE_BY_STUDY on its field, writing nothing', async () => {
    const degree = String(catalog.trainings[0]!.id);
    const leftover = String(catalog.sessions[0]!.id);
    const before = await rows();
    const attempts: [string, Record<string, unknown>, Identity, string][] = [
      [
        op('createTrainingSession', 'CreateTrainingSessionInput'),
        { trainingId: degree, ...SESSION_FIELDS },
        ADMIN_AMBON,
        'input.trainingId',
      ],
      [
        op('updateTrainingSession', 'UpdateTrainingSessionInput'),
        { sessionId: leftover, ...SESSION_FIELDS },
        ADMIN_AMBON,
        'input.sessionId',
      ],
      [
        op('requestEnrolment', 'RequestEnrolmentInput'),
        { employeeId: '1', sessionId: leftover },
        asn(1),
        'input.sessionId',
      ],
      [
        op('addTrainingsToPlan', 'AddTrainingsToPlanInput'),
        { employeeId: '1', year: 2026, items: [{ trainingId: degree }] },
        asn(1),
        'input.items.0.trainingId',
      ],
    ];
    for (const [query, input, identity, field] of attempts) {
      const result = await run(query, input, identity);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason: 'DEGREE_BY_STUDY',
      });
      expect(result.errors?.[0]?.message).toBe(
        'A degree is taken as degree study (tugas belajar or izin belajar), not as a training session.',
      );
    }
    expect(await rows()).toEqual(before);
  });

  it('still runs sessions, enrolments and plans of a course', async () => {
    const course = String(catalog.trainings[1]!.id);
    const created = await run(
      op('createTrainingSession', 'CreateTrainingSessionInput'),
      { trainingId: course, ...SESSION_FIELDS },
      ADMIN_AMBON,
    );
    expect(created.errors).toBeUndefined();
    const requested = await run(
      op('requestEnrolment', 'RequestEnrolmentInput'),
      { employeeId: '1', sessionId: created.data!.createTrainingSession!.id },
      asn(1),
    );
    expect(requested.errors).toBeUndefined();
    const planned = await run(
      op('addTrainingsToPlan', 'AddTrainingsToPlanInput'),
      { employeeId: '1', year: 2026, items: [{ trainingId: course }] },
      asn(1),
    );
    expect(planned.errors).toBeUndefined();
  });

  // Training 1, the degree, is the cheaper of the two and would be picked first were it a candidate.
  it('is never recommended by the needs analysis or the career planner, which offer the course instead', async () => {
    const [, course] = catalog.trainings.map((t) => String(t.id));
    const budget = await run(
      op('setTrainingBudget', 'SetTrainingBudgetInput'),
      { unitId: '6', year: 2026, amount: 100_000_000 },
      ADMIN_AMBON,
    );
    expect(budget.errors).toBeUndefined();
    const gap = { competencyId: '11', requiredLevel: 3, currentLevel: 1 };
    const result = await subgraph.execute<{
      _entities: [
        { trainingNeeds: { recommendations: { training: { id: string } }[] } },
        { trainingPlan: { steps: { training: { id: string } }[] } },
      ];
    }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Unit { trainingNeeds(year: 2026) { recommendations { training { id } } } }
        ... on CareerOption { trainingPlan { steps { training { id } } } }
      } }`,
      {
        representations: [
          {
            __typename: 'Unit',
            id: '6',
            memberIds: ['1', '2', '3'],
            competencyGaps: [
              {
                competencyId: '11',
                employeesBelow: 3,
                totalDeficit: 6,
                shortfalls: [{ requiredLevel: 3, currentLevel: 1, employees: 3 }],
              },
            ],
          },
          {
            __typename: 'CareerOption',
            employeeId: '1',
            positionId: '1',
            gaps: [gap],
            leadershipTrainingCode: null,
            eligibleOn: null,
          },
        ],
      },
      { identity: ADMIN_AMBON },
    );
    expect(result.errors).toBeUndefined();
    const [unit, option] = result.data!._entities;
    expect(unit.trainingNeeds.recommendations.map((r) => r.training.id)).toEqual([course]);
    expect(option.trainingPlan.steps.map((s) => s.training.id)).toEqual([course]);
  });
});
