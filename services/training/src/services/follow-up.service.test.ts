import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSubgraph, type TestSubgraph } from '@asn/common/testing';
import { fixedClock, type Identity } from '@asn/common';
import { DevelopmentPlanItem } from '../entities/development-plan-item.entity.js';
import { DevelopmentPlan } from '../entities/development-plan.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingCompetency } from '../entities/training-competency.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { MANAGER_AMBON, asn } from '../testing/identities.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { FollowUpKind } from '../types/follow-up-kind.enum.js';

const op = (name: string, inputType: string) =>
  `mutation ($input: ${inputType}!) { ${name}(input: $input) { id followUpDecision followUpDecidedOn reassessmentClosedOn } }`;
const DECIDE = op('decideFollowUp', 'DecideFollowUpInput');
const CLOSE = op('closeReassessmentProposal', 'CloseReassessmentProposalInput');
const RATE = `mutation ($input: RateApplicationInput!) { rateApplication(input: $input) { id followUp } }`;

describe('answering what a completed training proposes', () => {
  let subgraph: TestSubgraph;
  let catalog: Catalog;
  const run = (query: string, input: Record<string, unknown>, identity: Identity = MANAGER_AMBON) =>
    subgraph.execute<Record<string, Record<string, unknown>>>(query, { input }, { identity });
  const reasonOf = (result: Awaited<ReturnType<typeof run>>) => ({
    code: result.errors?.[0]?.extensions?.code,
    field: result.errors?.[0]?.extensions?.field,
    reason: result.errors?.[0]?.extensions?.reason,
  });
  const enrolments = () => subgraph.dataSource.getRepository(Enrolment).find({ order: { id: 'ASC' } });
  const rated = async (employeeId: number, followUp: FollowUpKind) => {
    const row = await subgraph.dataSource.getRepository(Enrolment).save({
      employeeId,
      agencyId: 1,
      sessionId: catalog.sessions[0]!.id,
      liveSessionId: catalog.sessions[0]!.id,
      trainingId: catalog.sessions[0]!.trainingId,
      status: EnrolmentStatus.COMPLETED,
      requestedOn: '2026-05-01',
      postTestScore: 80,
      completedOn: '2026-08-05',
      applicationRating: 2,
      applicationRatedOn: '2026-11-20',
      followUp,
    });
    return String(row.id);
  };

  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-12-01') }));
    // Training 1 was rated; trainings 2 (a 2027 session) and 3 develop the same competencies; training 4 none.
    catalog = await insertCatalog(subgraph.dataSource, 4, { capacity: 30 });
    await subgraph.dataSource.getRepository(TrainingCompetency).delete({ trainingId: catalog.trainings[3]!.id });
    await subgraph.dataSource
      .getRepository(TrainingCompetency)
      .save({ trainingId: catalog.trainings[3]!.id, competencyId: 99, maxLevel: 2 });
    await subgraph.dataSource
      .getRepository(TrainingSession)
      .update(
        { id: catalog.sessions[1]!.id },
        { startDate: '2027-03-01', endDate: '2027-03-04', registrationDeadline: '2027-02-15' },
      );
  });
  afterAll(() => subgraph.stop());

  it('accepting a follow-up training puts its session into the plan of the year the session ends', async () => {
    const enrolmentId = await rated(1, FollowUpKind.FOLLOW_UP_TRAINING);
    const sessionId = String(catalog.sessions[1]!.id);
    const result = await run(DECIDE, { enrolmentId, accept: true, sessionId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.decideFollowUp).toMatchObject({
      followUpDecision: 'ACCEPTED',
      followUpDecidedOn: '2026-12-01',
    });
    const plan = await subgraph.dataSource.getRepository(DevelopmentPlan).findOneByOrFail({ employeeId: 1 });
    expect(plan).toMatchObject({ year: 2027, status: 'DRAFT' });
    const items = await subgraph.dataSource.getRepository(DevelopmentPlanItem).findBy({ planId: plan.id });
    expect(items).toMatchObject([{ trainingId: catalog.trainings[1]!.id, sessionId: catalog.sessions[1]!.id }]);
    // Answered once: a second answer is refused.
    expect(reasonOf(await run(DECIDE, { enrolmentId, accept: false }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FOLLOW_UP_NOT_PROPOSED',
    });
  });

  it('refuses a follow-up training without a session, or one that develops none of the rated competencies, writing nothing', async () => {
    const enrolmentId = await rated(2, FollowUpKind.FOLLOW_UP_TRAINING);
    const before = await enrolments();
    expect(reasonOf(await run(DECIDE, { enrolmentId, accept: true }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.sessionId',
      reason: 'FOLLOW_UP_SESSION_REQUIRED',
    });
    const unrelated = String(catalog.sessions[3]!.id);
    expect(reasonOf(await run(DECIDE, { enrolmentId, accept: true, sessionId: unrelated }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.sessionId',
      reason: 'FOLLOW_UP_UNRELATED',
    });
    expect(await enrolments()).toEqual(before);
    expect(await subgraph.dataSource.getRepository(DevelopmentPlan).countBy({ employeeId: 2 })).toBe(0);
  });

  it('accepting a mentorship or dismissing records the answer only; a session with it is refused', async () => {
    const mentoring = await rated(3, FollowUpKind.MENTORING);
    const sessionId = String(catalog.sessions[2]!.id);
    expect(reasonOf(await run(DECIDE, { enrolmentId: mentoring, accept: true, sessionId }))).toMatchObject({
      field: 'input.sessionId',
      reason: 'FOLLOW_UP_SESSION_NOT_EXPECTED',
    });
    const accepted = await run(DECIDE, { enrolmentId: mentoring, accept: true });
    expect(accepted.data!.decideFollowUp).toMatchObject({ followUpDecision: 'ACCEPTED' });
    const dismissed = await run(DECIDE, {
      enrolmentId: await rated(4, FollowUpKind.FOLLOW_UP_TRAINING),
      accept: false,
    });
    expect(dismissed.data!.decideFollowUp).toMatchObject({ followUpDecision: 'DISMISSED' });
    expect(await subgraph.dataSource.getRepository(DevelopmentPlan).countBy({ employeeId: 3 })).toBe(0);
  });

  it('lets only the trainee’s manager answer', async () => {
    const enrolmentId = await rated(5, FollowUpKind.MENTORING);
    for (const identity of [asn(5), asn(60)]) {
      expect(reasonOf(await run(DECIDE, { enrolmentId, accept: false }, identity)).code).toBe('FORBIDDEN');
    }
  });

  it('a rating below 3 needs a follow-up, one of 3 or more none; a new rating reopens the answer', async () => {
    const enrolmentId = await rated(6, FollowUpKind.MENTORING);
    expect(reasonOf(await run(RATE, { enrolmentId, rating: 2 }))).toMatchObject({
      field: 'input.followUp',
      reason: 'FOLLOW_UP_REQUIRED',
    });
    expect(reasonOf(await run(RATE, { enrolmentId, rating: 4, followUp: 'MENTORING' }))).toMatchObject({
      field: 'input.followUp',
      reason: 'FOLLOW_UP_NOT_NEEDED',
    });
    await run(DECIDE, { enrolmentId, accept: false });
    expect((await run(RATE, { enrolmentId, rating: 1, followUp: 'FOLLOW_UP_TRAINING' })).errors).toBeUndefined();
    const row = await subgraph.dataSource.getRepository(Enrolment).findOneByOrFail({ id: Number(enrolmentId) });
    expect(row).toMatchObject({ followUp: 'FOLLOW_UP_TRAINING', followUpDecision: null, followUpDecidedOn: null });
  });

  it('closes a proposed re-assessment once; a training without one is refused', async () => {
    const enrolmentId = await rated(7, FollowUpKind.MENTORING);
    const closed = await run(CLOSE, { enrolmentId });
    expect(closed.data!.closeReassessmentProposal).toMatchObject({ reassessmentClosedOn: '2026-12-01' });
    expect(reasonOf(await run(CLOSE, { enrolmentId }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.enrolmentId',
      reason: 'REASSESSMENT_NOT_PROPOSED',
    });
  });
});
