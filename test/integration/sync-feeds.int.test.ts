// The sync feeds on both databases (docs/sync.md): a cursor taken before some writes gives exactly those changes,
// each row once with its current values, removals as REMOVE, the caller's agency only, in pages whose SQL does not
// grow with their size; a cursor of another feed or a forged one is BAD_USER_INPUT.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAs, SqlStatementCounter, type Identity } from '@asn/common';
import { certificationSubgraph } from '@asn/certification';
import { personnelSubgraph } from '@asn/personnel';
import { startInProcessSubgraph, type InProcessSubgraph } from '../support/in-process-subgraph.js';
import { ADMIN, ASN_1, MANAGER, OTHER_ADMIN, reasonOf } from '../support/master-data-callers.js';
import { DATABASES } from '../support/test-config.js';

// The writes of this file commit at once and nothing else writes: no need to wait for entries to settle.
process.env.SYNC_SETTLE_SECONDS = '0';

const feed = (field: string, node: string) => `query ($since: String, $first: Int) {
  ${field}(since: $since, first: $first) { cursor hasMore changes { action id changedAt node { ${node} } } } }`;
const EMPLOYEE_CHANGES = feed('employeeChanges', 'id name');
const RATING_CHANGES = feed('performanceRatingChanges', 'id year predikat');
const CERTIFICATE_CHANGES = feed('certificateChanges', 'id');
const UPDATE = `mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id version } }`;
const RATE = `mutation ($input: RecordPerformanceRatingInput!) { recordPerformanceRating(input: $input) { id } }`;
const VERSION = `query ($id: ID!) { employee(id: $id) { version } }`;

type Change = { action: 'UPSERT' | 'REMOVE'; id: string; changedAt: string; node: Record<string, unknown> | null };
type Page = { cursor: string; hasMore: boolean; changes: Change[] };

const KEY: Identity = {
  kind: 'apiKey',
  keyId: '900',
  agencyId: '1',
  scopes: ['personnel:read', 'training:read', 'certification:read'],
};
const KEY_PII: Identity = { ...KEY, scopes: [...KEY.scopes, 'pii:read'] };

describe.each(DATABASES)('sync feeds on %s', (database) => {
  let personnel: InProcessSubgraph;
  let certification: InProcessSubgraph;
  const counter = new SqlStatementCounter();

  beforeAll(async () => {
    [personnel, certification] = await Promise.all([
      startInProcessSubgraph(personnelSubgraph, database, 'asn_sync_pe', counter),
      startInProcessSubgraph(certificationSubgraph, database, 'asn_sync_ce'),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([personnel?.stop(), certification?.stop()]);
  });

  const read = async (
    subgraph: InProcessSubgraph,
    document: string,
    variables: Record<string, unknown>,
    identity: Identity = ADMIN,
  ): Promise<Page> => {
    const result = await subgraph.execute(document, variables, identity);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as Page;
  };
  /** Every change since `since`, page by page; the last page's cursor. */
  const readAll = async (document: string, since: string, first: number, identity: Identity = ADMIN) => {
    const changes: Change[] = [];
    let cursor = since;
    for (let pages = 0; pages < 100; pages += 1) {
      const page = await read(personnel, document, { since: cursor, first }, identity);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    return { changes, cursor };
  };
  const rename = async (id: number, name: string, identity: Identity = ADMIN) => {
    const current = await personnel.execute(VERSION, { id: String(id) }, identity);
    const version = (current.data!.employee as { version: number }).version;
    const result = await personnel.execute(UPDATE, { input: { id: String(id), version, name } }, identity);
    expect(result.errors).toBeUndefined();
  };

  it('gives the changes since a cursor: each changed row once, as it is now, its agency only', async () => {
    const start = (await read(personnel, EMPLOYEE_CHANGES, {})).cursor;
    expect((await read(personnel, EMPLOYEE_CHANGES, { since: start })).changes).toEqual([]);
    await rename(5, 'Sinkron Satu');
    await rename(7, 'Sinkron Dua');
    await rename(5, 'Sinkron Tiga');
    await rename(80, 'Sinkron Mamuju', OTHER_ADMIN);
    const { changes } = await readAll(EMPLOYEE_CHANGES, start, 100);
    expect(changes.map(({ action, id, node }) => ({ action, id, node }))).toEqual([
      { action: 'UPSERT', id: '5', node: { id: '5', name: 'Sinkron Tiga' } },
      { action: 'UPSERT', id: '7', node: { id: '7', name: 'Sinkron Dua' } },
    ]);
    const mamuju = await read(personnel, EMPLOYEE_CHANGES, { since: start }, OTHER_ADMIN);
    expect(mamuju.changes.map((change) => change.id)).toEqual(['80']);
    // An API key of the agency reads the same feed; from the newest cursor, nothing is new.
    const byKey = await readAll(EMPLOYEE_CHANGES, start, 100, KEY);
    expect(byKey.changes.map((change) => change.id)).toEqual(['5', '7']);
    expect((await read(personnel, EMPLOYEE_CHANGES, { since: byKey.cursor }, KEY)).changes).toEqual([]);
  });

  it('pages through many changes one entry at a time with what one big page gives, in constant SQL', async () => {
    const start = (await read(personnel, EMPLOYEE_CHANGES, {})).cursor;
    for (const id of [10, 11, 12, 13, 14, 15]) await rename(id, `Sinkron ${id}`);
    const before = counter.statements;
    const big = await read(personnel, EMPLOYEE_CHANGES, { since: start, first: 1000 });
    const bigStatements = counter.statements - before;
    const small = await readAll(EMPLOYEE_CHANGES, start, 1);
    expect(small.changes).toEqual(big.changes);
    expect(small.cursor).toBe(big.cursor);
    expect(big.changes.map((change) => change.id)).toEqual(['10', '11', '12', '13', '14', '15']);
    const one = counter.statements;
    await read(personnel, EMPLOYEE_CHANGES, { since: start, first: 1 });
    expect(counter.statements - one).toBe(bigStatements);
  });

  it('gives a removed row as REMOVE without values, and personal feeds to callers with personal access only', async () => {
    const start = (await read(personnel, RATING_CHANGES, {})).cursor;
    const yearsRated = (await personnel.dataSource.query(
      'SELECT year FROM performance_rating WHERE employee_id = 9',
    )) as {
      year: number;
    }[];
    const year = [2024, 2023, 2022, 2021, 2020, 2019, 2018].find(
      (each) => !yearsRated.some((row) => row.year === each),
    );
    const rated = await personnel.execute(
      RATE,
      { input: { employeeId: '9', year, predikat: 'BAIK', ratedBy: 'Atasan langsung' } },
      ADMIN,
    );
    expect(rated.errors).toBeUndefined();
    const ratingId = (rated.data!.recordPerformanceRating as { id: string }).id;
    const afterRating = await read(personnel, RATING_CHANGES, { since: start });
    expect(afterRating.changes.map(({ action, id, node }) => ({ action, id, node }))).toContainEqual({
      action: 'UPSERT',
      id: ratingId,
      node: { id: ratingId, year, predikat: 'BAIK' },
    });
    // No mutation deletes a rating today; a removal made while serving a request is audited the same way.
    await runAs(ADMIN, async () => {
      const ratings = personnel.dataSource.getRepository('performance_rating');
      await ratings.remove(await ratings.findOneByOrFail({ id: Number(ratingId) }));
    });
    const afterRemoval = await read(personnel, RATING_CHANGES, { since: afterRating.cursor }, KEY_PII);
    expect(afterRemoval.changes.map(({ action, id, node }) => ({ action, id, node }))).toEqual([
      { action: 'REMOVE', id: ratingId, node: null },
    ]);
    // Read from the start, the row's latest change wins: it is gone.
    const whole = await read(personnel, RATING_CHANGES, { since: start });
    expect(whole.changes.filter((change) => change.id === ratingId).map((change) => change.action)).toEqual(['REMOVE']);
    const noPii = await personnel.execute(RATING_CHANGES, { since: start }, KEY);
    expect(noPii.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses other callers, and a cursor of another feed or a forged one as BAD_USER_INPUT on since', async () => {
    for (const identity of [ASN_1, MANAGER, { kind: 'system' } as Identity]) {
      expect(reasonOf(await personnel.execute(EMPLOYEE_CHANGES, {}, identity))).toBe('FORBIDDEN');
    }
    expect(reasonOf(await personnel.execute(EMPLOYEE_CHANGES, {}, { kind: 'anonymous' }))).toBe('UNAUTHENTICATED');
    const ratings = (await read(personnel, RATING_CHANGES, {})).cursor;
    const forged = Buffer.from(JSON.stringify({ f: 'employeeChanges', e: -1 })).toString('base64url');
    for (const since of [ratings, forged, 'not-a-cursor', 'x'.repeat(500)]) {
      const result = await personnel.execute(EMPLOYEE_CHANGES, { since }, ADMIN);
      expect(reasonOf(result)).toBe('CURSOR_INVALID');
      expect(result.errors?.[0]?.extensions?.field).toBe('since');
    }
    const tooMany = await personnel.execute(EMPLOYEE_CHANGES, { since: ratings, first: 1001 }, ADMIN);
    expect(reasonOf(tooMany)).toBe('PAGE_SIZE_OUT_OF_RANGE');
  });

  it('serves the certificates feed of the agency from certification', async () => {
    const page = await read(certification, CERTIFICATE_CHANGES, {}, KEY);
    expect(page.changes).toEqual([]);
    expect((await read(certification, CERTIFICATE_CHANGES, { since: page.cursor }, KEY)).hasMore).toBe(false);
    expect(reasonOf(await certification.execute(CERTIFICATE_CHANGES, {}, ASN_1))).toBe('FORBIDDEN');
  });
});
