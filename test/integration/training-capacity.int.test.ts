// Seat capacity under concurrent requests, on the real databases: 30 requests at once for a 5-seat session through
// the training subgraph's GraphQL (in process, so it runs before the gateway sign-in exists); exactly 5 succeed. Copies
// of one request with its request key get the one enrolment it made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRole } from '@asn/common/testing';
import type { DataSource } from 'typeorm';
import { DATABASES } from '../support/test-config.js';
import { startTrainingInProcess, type InProcessResult } from '../support/training-in-process.js';

// As the gateway forwards an administrator of Ambon acting on the demo's employees (it vouches for their agencies).
const ADMIN = asRole('ADMIN', { userId: 'admin.ambon', agencyId: 1, vouched: true });

describe.each(DATABASES)('seat capacity under concurrent requests on %s', (database) => {
  let dataSource: DataSource;
  let execute: (query: string, variables: Record<string, unknown>) => Promise<InProcessResult>;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const training = await startTrainingInProcess(database, 'cap');
    dataSource = training.dataSource;
    execute = (query, variables) => training.execute(query, variables, ADMIN);
    stop = training.stop;
  });
  afterAll(() => stop?.());

  /** A new session of the catalog's training 13, open for registration until well after today. */
  async function createOpenSession(capacity: number): Promise<string> {
    const created = await execute(
      `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
      {
        input: {
          trainingId: '13',
          name: `Angkatan Uji Serentak ${capacity}`,
          startDate: '2099-01-10',
          endDate: '2099-01-12',
          mode: 'ONLINE',
          location: 'Daring',
          capacity,
          registrationDeadline: '2099-01-01',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    return (created.data!.createTrainingSession as { id: string }).id;
  }

  it('lets exactly 5 of 30 simultaneous requests for a 5-seat session through; the rest get SESSION_FULL', async () => {
    const sessionId = await createOpenSession(5);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        execute(`mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id status } }`, {
          input: { employeeId: String(i + 1), sessionId },
        }),
      ),
    );
    const succeeded = results.filter((result) => !result.errors?.length);
    const reasons = results.flatMap((result) => (result.errors ?? []).map((error) => error.extensions?.reason));
    expect(succeeded).toHaveLength(5);
    expect(reasons).toEqual(Array(25).fill('SESSION_FULL'));
    const [row] = await dataSource.query(
      `SELECT COUNT(*) AS live FROM enrolment WHERE session_id = ${Number(sessionId)} AND live_session_id IS NOT NULL`,
    );
    expect(Number(row.live)).toBe(5);
    const session = await execute(`query ($id: ID!) { session(id: $id) { seatsLeft } }`, { id: sessionId });
    expect(session.data!.session).toEqual({ seatsLeft: 0 });
  });

  it('keeps one live enrolment per employee when the same request arrives 10 times at once', async () => {
    const sessionId = await createOpenSession(20);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        execute(`mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id } }`, {
          input: { employeeId: '20', sessionId },
        }),
      ),
    );
    const reasons = results.flatMap((result) => (result.errors ?? []).map((error) => error.extensions?.reason));
    expect(results.filter((result) => !result.errors?.length)).toHaveLength(1);
    expect(reasons).toEqual(Array(9).fill('ALREADY_ENROLLED'));
  });

  it('answers copies of one keyed request, sent at once and after, with the one enrolment and seat it took', async () => {
    // A load balancer resends a request whose first attempt committed but whose answer was lost (an instance killed).
    const sessionId = await createOpenSession(1);
    const send = () =>
      execute(`mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id } }`, {
        input: { employeeId: '21', sessionId, requestKey: '2b7e1516-28ae-d2a6-abf7-158809cf4f3c' },
      });
    const results = [...(await Promise.all(Array.from({ length: 6 }, send))), await send()];
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(new Set(results.map((result) => (result.data!.requestEnrolment as { id: string }).id)).size).toBe(1);
    const [row] = await dataSource.query(
      `SELECT COUNT(*) AS live FROM enrolment WHERE session_id = ${Number(sessionId)} AND live_session_id IS NOT NULL`,
    );
    expect(Number(row.live)).toBe(1);
    const session = await execute(`query ($id: ID!) { session(id: $id) { seatsLeft } }`, { id: sessionId });
    expect(session.data!.session).toEqual({ seatsLeft: 0 });
  });

  it('seeds no session of a degree and refuses one with DEGREE_BY_STUDY, writing nothing', async () => {
    const degree = (await dataSource.getRepository('Training').findOneByOrFail({ code: 'S2-KESMAS' })) as {
      id: number;
    };
    const sessions = dataSource.getRepository('TrainingSession');
    expect(await sessions.countBy({ trainingId: degree.id })).toBe(0);
    const before = await sessions.count();
    const refused = await execute(
      `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
      {
        input: {
          trainingId: String(degree.id),
          name: 'Angkatan Uji Gelar',
          startDate: '2099-01-10',
          endDate: '2099-12-10',
          mode: 'OFFLINE',
          location: 'Ambon',
          capacity: 10,
          registrationDeadline: '2099-01-01',
        },
      },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.trainingId',
      reason: 'DEGREE_BY_STUDY',
    });
    expect(await sessions.count()).toBe(before);
  });
});
