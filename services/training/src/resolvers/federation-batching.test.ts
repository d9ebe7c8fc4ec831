// The N+1 rule, measured: the same SQL statement count for 10 rows as for 100, for every list and contributed field.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { createTestSubgraph, resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { fixedClock } from '@asn/common';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingBudget } from '../entities/training-budget.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { ADMIN_MAMUJU, ANONYMOUS } from '../testing/identities.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';

const EMPLOYEE_FIELDS =
  'enrolments { status training { title provider { name } } session { name } } jp(year: 2026) { earned projected shortfall } developmentPlan(year: 2026) { id } trainingEvidence { level competency { id } } placements { id competencies { targetLevel } }';

describe('batching of lists and contributed fields', () => {
  let subgraph: TestSubgraph;
  let catalog: Catalog;
  const completedEnrolment = (employeeId: number, index: number): Partial<Enrolment> => ({
    employeeId,
    sessionId: catalog.sessions[index % catalog.sessions.length]!.id,
    liveSessionId: catalog.sessions[index % catalog.sessions.length]!.id,
    trainingId: catalog.trainings[index % catalog.trainings.length]!.id,
    agencyId: 1,
    status: index % 3 ? EnrolmentStatus.COMPLETED : EnrolmentStatus.APPROVED,
    requestedOn: '2026-01-01',
    preTestScore: 50,
    postTestScore: 80,
    jpCredited: index % 3 ? 8 : null,
    completedOn: index % 3 ? '2026-08-05' : null,
    applicationRating: index % 2 ? 2 : 4,
  });

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-06-15') }));
    catalog = await insertCatalog(subgraph.dataSource, 100, { capacity: 300 });
    // Employees 1..100, two enrolments each, in different sessions.
    await subgraph.dataSource
      .getRepository(Enrolment)
      .save(
        Array.from({ length: 100 }, (_, i) => [completedEnrolment(i + 1, i), completedEnrolment(i + 1, i + 1)]).flat(),
        { chunk: 100 },
      );
    await subgraph.dataSource
      .getRepository(TrainingBudget)
      .save({ unitId: 6, agencyId: 1, year: 2026, amount: 50_000_000 });
  });
  afterAll(() => subgraph.stop());

  const employees = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: String(i + 1), employeeType: i % 7 ? 'PNS' : 'PPPK' }));

  it('resolves Employee fields for 100 employees in as many statements as for 10', async () => {
    const ten = await resolveEntities(subgraph, 'Employee', employees(10), EMPLOYEE_FIELDS);
    const hundred = await resolveEntities(subgraph, 'Employee', employees(100), EMPLOYEE_FIELDS);
    expect(hundred.entities.every((e) => (e!.enrolments as unknown[]).length === 2)).toBe(true);
    expect(hundred.statements).toBe(ten.statements);
    console.log(`Employee fields: ${hundred.statements} statements for 10 and for 100 employees`);
  });

  it('pages the catalog with nested fields in as many statements for 100 trainings as for 10', async () => {
    const query = `query ($first: Int!) { trainings(first: $first) { totalCount edges { node { code provider { name } competencies { maxLevel competency { id } } sessions { seatsLeft isOpen } prerequisites { code } evaluation { averageLearningGain applyingShare followUps { id } } } } } }`;
    const count = async (first: number) => {
      const before = subgraph.counter.statements;
      const result = await subgraph.execute<{ trainings: { edges: unknown[] } }>(query, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data!.trainings.edges).toHaveLength(first);
      return subgraph.counter.statements - before;
    };
    const [ten, hundred] = [await count(10), await count(100)];
    expect(hundred).toBe(ten);
    console.log(`catalog page: ${hundred} statements for 10 and for 100 trainings`);
  });

  it('refuses a page larger than 100', async () => {
    const result = await subgraph.execute('{ trainings(first: 101) { totalCount } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE' });
  });

  it('computes JP compliance and the needs analysis of 10 or 100 members in the same statements', async () => {
    const unit = (n: number) => ({
      id: '6',
      memberIds: Array.from({ length: n }, (_, i) => String(i + 1)),
      competencyGaps: [
        { competencyId: '11', employeesBelow: n, totalDeficit: n * 2 },
        { competencyId: '3', employeesBelow: Math.ceil(n / 2), totalDeficit: n },
      ],
    });
    const fields =
      'jpCompliance(year: 2026) { members atOrAbove below none target } trainingNeeds(year: 2026) { budget spent recommendations { rank training { code } cost gapClosed } needs { remainingDeficit } }';
    const ten = await resolveEntities(subgraph, 'Unit', [unit(10)], fields);
    const hundred = await resolveEntities(subgraph, 'Unit', [unit(100)], fields);
    // Each member has 8 JP earned or 16 (two completed) against 20: none reaches the target.
    expect(hundred.entities[0]!.jpCompliance).toEqual({ members: 100, atOrAbove: 0, below: 100, none: 0, target: 20 });
    const needs = hundred.entities[0]!.trainingNeeds as { budget: number; spent: number };
    expect(needs.budget).toBe(50_000_000);
    expect(needs.spent).toBeLessThanOrEqual(50_000_000);
    expect(hundred.statements).toBe(ten.statements);
    console.log(`Unit jpCompliance + trainingNeeds: ${hundred.statements} statements for 10 and for 100 members`);
  });

  it('gives an API key without pii:read a unit’s JP compliance only when 5 or more people stand behind it', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { jpCompliance(year: 2026) { members below } } } }`;
    const key: Identity = { kind: 'apiKey', keyId: '1', agencyId: '1', scopes: ['training:read'] };
    const compliance = async (members: number, identity: Identity) => {
      const memberIds = Array.from({ length: members }, (_, i) => String(i + 1));
      const result = await subgraph.execute<{ _entities: { jpCompliance: unknown }[] }>(
        query,
        { r: [{ __typename: 'Unit', id: '6', memberIds }] },
        { identity },
      );
      return result.data!._entities[0]!.jpCompliance;
    };
    expect(await compliance(1, key)).toBeNull();
    expect(await compliance(4, key)).toBeNull();
    expect(await compliance(5, key)).toEqual({ members: 5, below: 5 });
    expect(await compliance(1, { ...key, scopes: ['training:read', 'pii:read'] })).toEqual({ members: 1, below: 1 });
  });

  it('plans the training of a career option through _entities with the required fields', async () => {
    const option = {
      employeeId: '1',
      positionId: '4',
      gaps: [
        { competencyId: '11', requiredLevel: 3, currentLevel: 1 },
        { competencyId: '99', requiredLevel: 2, currentLevel: 0 },
      ],
      leadershipTrainingCode: 'T-1',
      eligibleOn: '2026-09-01',
    };
    const { entities } = await resolveEntities(
      subgraph,
      'CareerOption',
      [option],
      'trainingPlan { leadershipMet steps { training { code } competency { id } nextSession { endDate } } uncovered { id } totalJp earliestEligibleDate }',
    );
    // Employee 1 completed T-2 (index 1), not T-1; the cheapest training reaching level 3 of competency 11 is T-1,
    // in which employee 1 is enrolled (approved, index 0): in progress, so its JP are not counted again.
    expect(entities[0]!.trainingPlan).toEqual({
      leadershipMet: false,
      steps: [
        { training: { code: 'T-1' }, competency: null, nextSession: { endDate: '2026-08-05' } },
        { training: { code: 'T-1' }, competency: { id: '11' }, nextSession: { endDate: '2026-08-05' } },
      ],
      uncovered: [{ id: '99' }],
      totalJp: 0,
      earliestEligibleDate: '2026-09-01',
    });
  });

  it('lists the rosters of 100 sessions in as many statements as of 10, each limited to the caller’s agency', async () => {
    const query = `query ($first: Int!) { sessions(first: $first) { edges { node { enrolments { id status employee { id } } } } } }`;
    const rosters = async (first: number, identity?: Identity) => {
      const before = subgraph.counter.statements;
      const result = await subgraph.execute<{ sessions: { edges: { node: { enrolments: unknown[] } }[] } }>(
        query,
        { first },
        identity && { identity },
      );
      expect(result.errors).toBeUndefined();
      const sizes = result.data!.sessions.edges.map((edge) => edge.node.enrolments.length);
      return { statements: subgraph.counter.statements - before, seated: sizes.reduce((a, b) => a + b, 0) };
    };
    const [ten, hundred] = [await rosters(10), await rosters(100)];
    expect(hundred.statements).toBe(ten.statements);
    // Two enrolments of each of the 100 employees, all of agency 1, spread over the 100 sessions.
    expect(hundred.seated).toBe(200);
    expect((await rosters(100, ADMIN_MAMUJU)).seated).toBe(0);
    expect((await rosters(100, ANONYMOUS)).seated).toBe(0);
    console.log(`session rosters: ${hundred.statements} statements for 10 and for 100 sessions`);
  });
});
