import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestSubgraph, type TestSubgraph } from '@asn/common/testing';
import { fixedClock, type Identity } from '@asn/common';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { ADMIN_AMBON, ADMIN_MAMUJU, ANONYMOUS, API_KEY_AMBON, MANAGER_AMBON, asn } from '../testing/identities.js';

const REQUEST = `mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id status } }`;
const op = (name: string, inputType: string, fields = 'id status') =>
  `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`;
const APPROVE = op('approveEnrolment', 'EnrolmentDecisionInput');
const REJECT = op('rejectEnrolment', 'EnrolmentDecisionInput');
const CANCEL = op('cancelEnrolment', 'EnrolmentDecisionInput');
const ATTEND = op('recordAttendance', 'EnrolmentDecisionInput');
const RESULTS = op(
  'recordResults',
  'RecordResultsInput',
  'id status jpCredited completedOn learningGain passedPostTest',
);
const REACT = op('recordReaction', 'RecordReactionInput', 'id reactionRating');
const RATE = op('rateApplication', 'RateApplicationInput', 'id applicationRating applying followUp');

describe('enrolment transitions', () => {
  let subgraph: TestSubgraph;
  let catalog: Catalog;
  const run = (query: string, input: Record<string, unknown>, identity: Identity) =>
    subgraph.execute<Record<string, { id: string; status: string } & Record<string, unknown>>>(
      query,
      { input },
      { identity },
    );
  const codeOf = (result: Awaited<ReturnType<typeof run>>) =>
    result.errors?.[0]?.extensions?.reason ?? result.errors?.[0]?.extensions?.code;
  const snapshot = async () => ({
    enrolments: await subgraph.dataSource.getRepository(Enrolment).find({ order: { id: 'ASC' } }),
    sessions: await subgraph.dataSource.getRepository(TrainingSession).find({ order: { id: 'ASC' } }),
  });

  // The fixture sessions run 1-5 August 2026, registration until 20 July: enrol in June, attend and finish later.
  let now = '2026-06-15';
  beforeEach(() => {
    now = '2026-06-15';
  });
  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: () => fixedClock(now)() }));
    catalog = await insertCatalog(subgraph.dataSource, 3, { capacity: 2 });
  });
  afterAll(() => subgraph.stop());

  it('walks requested → approved → attended → completed, credits JP at the session end and records evidence', async () => {
    const sessionId = String(catalog.sessions[0]!.id);
    const requested = await run(REQUEST, { employeeId: '1', sessionId }, asn(1));
    expect(requested.errors).toBeUndefined();
    const enrolmentId = requested.data!.requestEnrolment!.id;
    expect((await run(APPROVE, { enrolmentId }, MANAGER_AMBON)).data!.approveEnrolment!.status).toBe('APPROVED');
    now = '2026-08-05';
    expect((await run(ATTEND, { enrolmentId }, MANAGER_AMBON)).data!.recordAttendance!.status).toBe('ATTENDED');
    const results = await run(
      RESULTS,
      { enrolmentId, completed: true, preTestScore: 50, postTestScore: 85 },
      MANAGER_AMBON,
    );
    expect(results.data!.recordResults).toMatchObject({
      status: 'COMPLETED',
      jpCredited: 8,
      completedOn: '2026-08-05',
      learningGain: 35,
      passedPostTest: true,
    });
    expect((await run(REACT, { enrolmentId, rating: 4 }, asn(1))).data!.recordReaction!.reactionRating).toBe(4);
    const rated = await run(RATE, { enrolmentId, rating: 2, followUp: 'MENTORING' }, MANAGER_AMBON);
    expect(rated.data!.rateApplication).toMatchObject({ applicationRating: 2, applying: false, followUp: 'MENTORING' });
    const evidence = await subgraph.execute<{ _entities: { trainingEvidence: unknown[] }[] }>(
      `{ _entities(representations: [{ __typename: "Employee", id: "1" }]) { ... on Employee { trainingEvidence { competency { id } level date } } } }`,
      {},
      { identity: asn(1) },
    );
    expect(evidence.data!._entities[0]!.trainingEvidence).toEqual([
      { competency: { id: '3' }, level: 2, date: '2026-08-05' },
      { competency: { id: '11' }, level: 3, date: '2026-08-05' },
    ]);
  });

  it.each([
    ['an ASN approving', APPROVE, () => asn(2), 'FORBIDDEN'],
    ['a manager of other people', APPROVE, () => ({ ...MANAGER_AMBON, employeeIds: ['50'] }) as Identity, 'FORBIDDEN'],
    ['an admin of another agency', APPROVE, () => ADMIN_MAMUJU, 'FORBIDDEN'],
    ['an API key', APPROVE, () => API_KEY_AMBON, 'FORBIDDEN'],
    ['anonymous', APPROVE, () => ANONYMOUS, 'UNAUTHENTICATED'],
    ['attendance before approval', ATTEND, () => MANAGER_AMBON, 'INVALID_TRANSITION'],
  ])('refuses %s and changes nothing', async (_name, query, identity, code) => {
    const requested = await run(REQUEST, { employeeId: '2', sessionId: String(catalog.sessions[1]!.id) }, asn(2));
    const enrolmentId = requested.data!.requestEnrolment!.id;
    const before = await snapshot();
    const result = await run(query, { enrolmentId }, identity());
    expect(codeOf(result)).toBe(code);
    expect(await snapshot()).toEqual(before);
    await run(CANCEL, { enrolmentId }, asn(2));
  });

  it('takes attendance once the session has started and results once it has ended, changing nothing before', async () => {
    const requested = await run(REQUEST, { employeeId: '7', sessionId: String(catalog.sessions[2]!.id) }, ADMIN_AMBON);
    const enrolmentId = requested.data!.requestEnrolment!.id;
    await run(APPROVE, { enrolmentId }, ADMIN_AMBON);
    for (const [day, reason] of [
      ['2026-07-31', 'SESSION_NOT_STARTED'],
      ['2026-08-01', undefined],
    ] as const) {
      now = day;
      const before = await snapshot();
      const attended = await run(ATTEND, { enrolmentId }, ADMIN_AMBON);
      if (reason) {
        expect(attended.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
        expect(await snapshot()).toEqual(before);
      } else expect(attended.data!.recordAttendance!.status).toBe('ATTENDED');
    }
    for (const [day, reason] of [
      ['2026-08-04', 'SESSION_NOT_ENDED'],
      ['2026-08-05', undefined],
    ] as const) {
      now = day;
      const before = await snapshot();
      const results = await run(RESULTS, { enrolmentId, completed: true, postTestScore: 80 }, ADMIN_AMBON);
      if (reason) {
        expect(results.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
        expect(await snapshot()).toEqual(before);
      } else expect(results.data!.recordResults).toMatchObject({ status: 'COMPLETED', completedOn: '2026-08-05' });
    }
  });

  it('fails, with no JP, a finished training whose post-test is below the pass mark of the JP settings', async () => {
    // Hand-worked: the default pass mark is 70, so 69 fails and 70 passes; raised to 75, 72 fails; no post-test passes.
    await subgraph.dataSource.getRepository(TrainingSession).update(catalog.sessions[0]!.id, { capacity: 10 });
    const finish = async (employeeId: string, postTestScore: number | undefined) => {
      const requested = await run(REQUEST, { employeeId, sessionId: String(catalog.sessions[0]!.id) }, ADMIN_AMBON);
      const enrolmentId = requested.data!.requestEnrolment!.id;
      await run(APPROVE, { enrolmentId }, ADMIN_AMBON);
      now = '2026-08-05';
      await run(ATTEND, { enrolmentId }, ADMIN_AMBON);
      const results = await run(RESULTS, { enrolmentId, completed: true, postTestScore }, ADMIN_AMBON);
      now = '2026-06-15';
      return results.data!.recordResults;
    };
    const failed = { status: 'FAILED', jpCredited: null, completedOn: null, passedPostTest: false };
    const passed = { status: 'COMPLETED', jpCredited: 8, completedOn: '2026-08-05', passedPostTest: true };
    expect(await finish('4', 69)).toMatchObject(failed);
    expect(await finish('5', 70)).toMatchObject(passed);
    expect(await finish('6', undefined)).toMatchObject({ ...passed, passedPostTest: false });
    await subgraph.dataSource.query('UPDATE jp_setting SET post_test_pass_score = 75');
    expect(await finish('8', 72)).toMatchObject(failed);
    await subgraph.dataSource.query('UPDATE jp_setting SET post_test_pass_score = 70');
  });

  it('refuses completing twice, rejecting an approved enrolment, and a reaction by someone else', async () => {
    const requested = await run(REQUEST, { employeeId: '3', sessionId: String(catalog.sessions[2]!.id) }, ADMIN_AMBON);
    const enrolmentId = requested.data!.requestEnrolment!.id;
    await run(APPROVE, { enrolmentId }, ADMIN_AMBON);
    expect(codeOf(await run(REJECT, { enrolmentId }, ADMIN_AMBON))).toBe('INVALID_TRANSITION');
    now = '2026-08-06';
    await run(ATTEND, { enrolmentId }, ADMIN_AMBON);
    expect(codeOf(await run(REACT, { enrolmentId, rating: 5 }, asn(4)))).toBe('FORBIDDEN');
    expect(codeOf(await run(RESULTS, { enrolmentId, completed: true, postTestScore: 101 }, ADMIN_AMBON))).toBe(
      'SCORE_OUT_OF_RANGE',
    );
    expect(
      (await run(RESULTS, { enrolmentId, completed: false, postTestScore: 40 }, ADMIN_AMBON)).data!.recordResults!
        .status,
    ).toBe('FAILED');
    expect(codeOf(await run(RESULTS, { enrolmentId, completed: true }, ADMIN_AMBON))).toBe('INVALID_TRANSITION');
    expect(codeOf(await run(RATE, { enrolmentId, rating: 4 }, ADMIN_AMBON))).toBe('INVALID_TRANSITION');
  });

  it('keeps one live enrolment per employee per session, frees the seat on cancel, and refuses past capacity', async () => {
    const sessionId = String(catalog.sessions[1]!.id);
    const first = await run(REQUEST, { employeeId: '5', sessionId }, asn(5));
    expect(codeOf(await run(REQUEST, { employeeId: '5', sessionId }, asn(5)))).toBe('ALREADY_ENROLLED');
    await run(REQUEST, { employeeId: '6', sessionId }, asn(6));
    const before = await snapshot();
    expect(codeOf(await run(REQUEST, { employeeId: '7', sessionId }, asn(7)))).toBe('SESSION_FULL');
    expect(await snapshot()).toEqual(before);
    await run(CANCEL, { enrolmentId: first.data!.requestEnrolment!.id }, asn(5));
    expect((await run(REQUEST, { employeeId: '7', sessionId }, asn(7))).errors).toBeUndefined();
    // The cancelled enrolment is dead: employee 5 may ask again once a seat is free.
    expect(codeOf(await run(REQUEST, { employeeId: '5', sessionId }, asn(5)))).toBe('SESSION_FULL');
  });

  it('answers a request sent again with its key with the enrolment the first made, and only that request', async () => {
    const keyed = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-06-15') }));
    const { sessions } = await insertCatalog(keyed.dataSource, 1, { capacity: 3 });
    const sessionId = String(sessions[0]!.id);
    const request = (employeeId: string, requestKey?: string) =>
      keyed.execute<{ requestEnrolment: { id: string; status: string } }>(
        REQUEST,
        { input: { employeeId, sessionId, requestKey } },
        { identity: ADMIN_AMBON },
      );
    const enrolmentRows = () => keyed.dataSource.getRepository(Enrolment).find({ order: { id: 'ASC' } });

    const first = await request('1', 'f47ac10b-58cc-4372-a567-0e02b2c3d479');
    expect(first.errors).toBeUndefined();
    const again = await request('1', 'f47ac10b-58cc-4372-a567-0e02b2c3d479');
    expect(again.data?.requestEnrolment).toEqual(first.data!.requestEnrolment);
    // Another key, or none, is another request: the employee is enrolled already.
    expect((await request('1', 'another-key')).errors?.[0]?.extensions?.reason).toBe('ALREADY_ENROLLED');
    expect((await request('1')).errors?.[0]?.extensions?.reason).toBe('ALREADY_ENROLLED');
    // The key names a request for this employee and session, not a way to read someone else's enrolment.
    expect((await request('2', 'f47ac10b-58cc-4372-a567-0e02b2c3d479')).data?.requestEnrolment.id).not.toBe(
      first.data!.requestEnrolment.id,
    );
    // Two copies at once (a retry racing its first attempt) make one enrolment and take one seat.
    const [a, b] = await Promise.all([request('3', 'k3'), request('3', 'k3')]);
    expect(a.errors ?? b.errors).toBeUndefined();
    expect(b.data!.requestEnrolment.id).toBe(a.data!.requestEnrolment.id);
    expect((await enrolmentRows()).map((row) => [row.employeeId, row.requestKey])).toEqual([
      [1, 'f47ac10b-58cc-4372-a567-0e02b2c3d479'],
      [2, 'f47ac10b-58cc-4372-a567-0e02b2c3d479'],
      [3, 'k3'],
    ]);
    expect(
      (await keyed.dataSource.getRepository(TrainingSession).findOneByOrFail({ id: sessions[0]!.id })).seatsTaken,
    ).toBe(3);
    await keyed.stop();
  });

  it.each(['', 'has space', 'x'.repeat(65), 'ünïcode'])(
    'refuses the request key %j and writes nothing',
    async (key) => {
      const before = await snapshot();
      const result = await run(
        REQUEST,
        { employeeId: '9', sessionId: String(catalog.sessions[0]!.id), requestKey: key },
        asn(9),
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.requestKey',
        reason: 'REQUEST_KEY_INVALID',
      });
      expect(await snapshot()).toEqual(before);
    },
  );

  it('refuses a request after the registration deadline and one for someone else by an ASN', async () => {
    const late = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-07-21') }));
    const { sessions } = await insertCatalog(late.dataSource, 1);
    const result = await late.execute(
      REQUEST,
      { input: { employeeId: '1', sessionId: String(sessions[0]!.id) } },
      { identity: asn(1) },
    );
    expect(result.errors?.[0]?.extensions?.reason).toBe('REGISTRATION_CLOSED');
    await late.stop();
    expect(codeOf(await run(REQUEST, { employeeId: '9', sessionId: String(catalog.sessions[0]!.id) }, asn(8)))).toBe(
      'FORBIDDEN',
    );
  });
});
