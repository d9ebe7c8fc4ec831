// One clock, each agency's own date: at 2026-12-31T16:30Z it is already 1 January 2027 in Ambon (WIT, 01:30) and
// Mamuju (WITA, 00:30) but still 31 December in Sabang (WIB, 23:30), while the UTC date is 31 December. Every
// subgraph dates "today" in the caller's agency, which the gateway vouches in the identity it signs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const AT = '2026-12-31T16:30:00Z';

const POST = `query ($id: ID!) { employee(id: $id) { id position { id } } }`;
const MOVE = `mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { fromDate } }`;
const RECORD = `mutation ($input: RecordCertificateInput!) { recordCertificate(input: $input) { id issuedOn status } }`;
const AGENCIES = `query { agencies { id timeZone } }`;

describe.each(DATABASES)("each agency's local date on %s", (database) => {
  let stack: TestStack;
  const tokens: Record<string, string> = {};
  const as = (user: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql(stack.gatewayUrl, query, variables, { token: tokens[user]! });

  beforeAll(async () => {
    stack = await startTestStack({ database, env: { CLOCK_AT: AT } });
    for (const user of ['admin.ambon', 'admin.mamuju', 'admin.sabang'])
      tokens[user] = await signIn(stack.gatewayUrl, user);
  });
  afterAll(() => stack?.stop());

  it('keeps each agency’s time zone as data', async () => {
    const result = await graphql(stack.gatewayUrl, AGENCIES);
    expect(result.data?.agencies).toEqual([
      { id: '1', timeZone: 'Asia/Jayapura' },
      { id: '2', timeZone: 'Asia/Makassar' },
      { id: '3', timeZone: 'Asia/Jakarta' },
      { id: '4', timeZone: 'Asia/Jakarta' },
    ]);
  });

  it('personnel: a position held since 1 January 2027 is today in Ambon and Mamuju, the future in Sabang', async () => {
    for (const [user, id, accepted] of [
      ['admin.ambon', '20', true],
      ['admin.mamuju', '95', true],
      ['admin.sabang', '245', false],
    ] as const) {
      const positionId = (await as(user, POST, { id })).data?.employee.position.id;
      const result = await as(user, MOVE, { input: { employeeId: id, positionId, fromDate: '2027-01-01' } });
      if (accepted) expect(result.data?.recordPosition).toEqual({ fromDate: '2027-01-01' });
      else expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE' });
    }
  });

  it('certification: a certificate issued on 1 January 2027 is today in Ambon, the future in Sabang', async () => {
    const input = (employeeId: string, number: string) => ({
      employeeId,
      schemeId: '8',
      number,
      issuedOn: '2027-01-01',
    });
    const ambon = await as('admin.ambon', RECORD, { input: input('3', 'CLOCK-AMBON-1') });
    expect(ambon.errors).toBeUndefined();
    expect(ambon.data?.recordCertificate).toMatchObject({ issuedOn: '2027-01-01', status: 'ACTIVE' });
    const sabang = await as('admin.sabang', RECORD, { input: input('228', 'CLOCK-SABANG-1') });
    expect(sabang.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE' });
  });
});
