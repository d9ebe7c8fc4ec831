// Seat capacity under concurrent requests, on the real databases: 30 requests at once for a 5-seat session through
// the training subgraph's GraphQL (in process, so it runs before the gateway sign-in exists); exactly 5 succeed.
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloServer, createLogger, openDataSource, type Identity } from '@asn/common';
import { trainingSubgraph } from '@asn/training';
import type { DataSource } from 'typeorm';
import { DATABASES, testConfig } from '../support/test-config.js';

const ADMIN: Identity = { kind: 'user', userId: 'admin.ambon', role: 'ADMIN', agencyId: '1' };

describe.each(DATABASES)('seat capacity under concurrent requests on %s', (database) => {
  let dataSource: DataSource;
  let execute: (
    query: string,
    variables: Record<string, unknown>,
  ) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] }>;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    dataSource = await openDataSource(trainingSubgraph, {
      DATABASE_URL: database === 'mysql' ? testConfig.MYSQL_URL : undefined,
      DATABASE_PREFIX: `asn_cap_${process.pid}_`,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'asn-cap-')),
    });
    await trainingSubgraph.seed(dataSource, createLogger('training', 'silent'));
    const server = createApolloServer(await trainingSubgraph.buildSchema(), createLogger('training', 'silent'));
    await server.start();
    execute = async (query, variables) => {
      const response = await server.executeOperation(
        { query, variables },
        { contextValue: trainingSubgraph.createContext(dataSource, { identity: ADMIN, language: 'en' }) },
      );
      return response.body.kind === 'single' ? response.body.singleResult : { errors: [] };
    };
    stop = async () => {
      await server.stop();
      if (database === 'mysql') await dataSource.dropDatabase();
      await dataSource.destroy();
    };
  });
  afterAll(() => stop?.());

  it('lets exactly 5 of 30 simultaneous requests for a 5-seat session through; the rest get SESSION_FULL', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const created = await execute(
      `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id seatsLeft } }`,
      {
        input: {
          trainingId: '13',
          name: 'Angkatan Uji Serentak',
          startDate: '2099-01-10',
          endDate: '2099-01-12',
          mode: 'ONLINE',
          location: 'Daring',
          capacity: 5,
          registrationDeadline: today < '2099-01-01' ? '2099-01-01' : today,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const sessionId = (created.data!.createTrainingSession as { id: string }).id;
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
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        execute(`mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id } }`, {
          input: { employeeId: '200', sessionId: '60' },
        }),
      ),
    );
    const reasons = results.flatMap((result) => (result.errors ?? []).map((error) => error.extensions?.reason));
    const ok = results.filter((result) => !result.errors?.length).length;
    // Session 60 may already be closed for registration depending on today's date; then all ten are refused alike.
    if (ok === 0) expect(new Set(reasons)).toEqual(new Set(['REGISTRATION_CLOSED']));
    else {
      expect(ok).toBe(1);
      expect(reasons.every((reason) => reason === 'ALREADY_ENROLLED' || reason === 'SESSION_FULL')).toBe(true);
    }
  });
});
