// Keyset paging on both databases: a full walk of the employees connection while rows are inserted and deleted
// between pages sees every surviving row exactly once, in each order; a tampered cursor is BAD_USER_INPUT; a deep
// page and a page without totalCount cost one SQL statement (the certificates walk shows the same for an id order).
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlStatementCounter } from '@asn/common';
import { certificationSubgraph } from '@asn/certification';
import { personnelSubgraph } from '@asn/personnel';
import { startInProcessSubgraph, type InProcessSubgraph } from '../support/in-process-subgraph.js';
import { ADMIN, reasonOf } from '../support/master-data-callers.js';
import { DATABASES } from '../support/test-config.js';

const EMPLOYEES = `query ($first: Int, $after: String, $orderBy: EmployeeOrder) {
  employees(first: $first, after: $after, orderBy: $orderBy) {
    pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const CERTIFICATES = `query ($first: Int, $after: String) {
  certificates(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
type Order = { field: 'NAME' | 'GOLONGAN' | 'NIP'; direction: 'ASC' | 'DESC' };

/** Names that sort before and after every demo name under both SQLite's binary and MariaDB's case-blind collation;
 *  the n-th added ahead of the cursor sorts after the ones added before it, in either direction. */
const firstName = (n: number) => `0000 Uji Paging ${999 - n}`;
const lastName = (n: number) => `zzzz Uji Paging ${100 + n}`;

describe.each(DATABASES)('keyset paging on %s', (database) => {
  let personnel: InProcessSubgraph;
  let certification: InProcessSubgraph;
  const personnelCounter = new SqlStatementCounter();
  const certificationCounter = new SqlStatementCounter();
  let nextNip = 1;

  beforeAll(async () => {
    [personnel, certification] = await Promise.all([
      startInProcessSubgraph(personnelSubgraph, database, 'asn_keyset_pe', personnelCounter),
      startInProcessSubgraph(certificationSubgraph, database, 'asn_keyset_ce', certificationCounter),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([personnel?.stop(), certification?.stop()]);
  });

  /** A copy of employee 1 (agency 1) with its own NIP, name and golongan rank; returns the new id. */
  const insert = async (name: string, rank: number): Promise<string> => {
    const nip = `8${String(nextNip++).padStart(17, '0')}`;
    await personnel.dataSource.query(
      `INSERT INTO employee (nip, name, employee_type, agency_id, unit_id, position_id, golongan_rank, education,
         position_since, version)
       SELECT ?, ?, employee_type, agency_id, unit_id, position_id, ?, education, position_since, 1
       FROM employee WHERE id = 1`,
      [nip, name, rank],
    );
    const rows = (await personnel.dataSource.query('SELECT id FROM employee WHERE nip = ?', [nip])) as { id: number }[];
    return String(rows[0]!.id);
  };
  const remove = (id: string) => personnel.dataSource.query('DELETE FROM employee WHERE id = ?', [Number(id)]);
  const page = async (variables: Record<string, unknown>): Promise<Page> => {
    const result = await personnel.execute(EMPLOYEES, variables, ADMIN);
    expect(result.errors).toBeUndefined();
    return result.data!.employees as Page;
  };
  const agencyIds = async () =>
    ((await personnel.dataSource.query('SELECT id FROM employee WHERE agency_id = 1')) as { id: number }[]).map((row) =>
      String(row.id),
    );

  it.each<Order>([
    { field: 'NAME', direction: 'ASC' },
    { field: 'NAME', direction: 'DESC' },
    { field: 'GOLONGAN', direction: 'ASC' },
    { field: 'NIP', direction: 'DESC' },
  ])('walks employees by $field $direction while rows come and go, each survivor seen once', async (orderBy) => {
    // Rows of this walk, with repeated names and ranks so that ties are broken by id across page boundaries.
    const pool: string[] = [];
    for (let i = 0; i < 24; i += 1) pool.push(await insert(`${'ABCDEFGH'[i % 8]} Uji Paging`, 1 + (i % 17)));
    const atStart = await agencyIds();
    const seen: string[] = [];
    const deleted = new Set<string>();
    const aheadInserted: string[] = [];
    const added: string[] = [];
    const ascending = orderBy.direction === 'ASC';
    let after: string | null = null;
    for (;;) {
      const current = await page({ first: 7, after, orderBy });
      seen.push(...current.edges.map((edge) => edge.node.id));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
      // Between pages: one row already seen and one not yet seen go away; one row is added behind the cursor and
      // one ahead of it.
      const seenOne = pool.find((id) => seen.includes(id) && !deleted.has(id));
      const unseenOne = pool.find((id) => !seen.includes(id) && !deleted.has(id));
      for (const id of [seenOne, unseenOne]) {
        if (id === undefined) continue;
        await remove(id);
        deleted.add(id);
      }
      const n = added.length;
      added.push(await insert(ascending ? firstName(n) : lastName(n), ascending ? 1 : 17));
      // Added NIPs sort after the demo's, so behind the cursor in a descending walk; a rank-17 row (the last rank,
      // the largest id) is always ahead in an ascending one.
      if (orderBy.field !== 'NIP') {
        aheadInserted.push(await insert(ascending ? lastName(n) : firstName(n), ascending ? 17 : 1));
        added.push(aheadInserted.at(-1)!);
      }
    }
    for (const id of [...pool, ...added]) if (!deleted.has(id)) await remove(id);
    expect(new Set(seen).size).toBe(seen.length);
    const survivors = atStart.filter((id) => !deleted.has(id));
    expect(survivors.filter((id) => !seen.includes(id))).toEqual([]);
    expect(seen.filter((id) => deleted.has(id) && !atStart.includes(id))).toEqual([]);
    if (orderBy.field === 'NAME' || ascending) expect(aheadInserted.filter((id) => !seen.includes(id))).toEqual([]);
    expect(deleted.size).toBeGreaterThan(4);
  });

  it('refuses a tampered cursor, or one of another order, as BAD_USER_INPUT on after', async () => {
    const byName = { field: 'NAME', direction: 'ASC' };
    const cursor = (await page({ first: 3, orderBy: byName })).pageInfo.endCursor!;
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
    for (const [after, order] of [
      [`${cursor.slice(0, -2)}!!`, byName],
      [forge(['NAME ASC', key[1], String(key[2])]), byName],
      [forge(['NAME ASC', key[1]]), byName],
      [forge(['NAME DESC', key[1], key[2]]), byName],
      [forge(['NIP ASC', 1970, key[2]]), { field: 'NIP', direction: 'ASC' }],
      [cursor, { field: 'GOLONGAN', direction: 'ASC' }],
      [forge({ offset: 40 }), byName],
    ] as const) {
      const result = await personnel.execute(EMPLOYEES, { first: 3, after, orderBy: order }, ADMIN);
      expect(reasonOf(result)).toBe('CURSOR_INVALID');
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('walks certificates in id order, one statement a page however deep, each certificate once', async () => {
    const ids: string[] = [];
    const perPage: number[] = [];
    let after: string | null = null;
    for (;;) {
      const before = certificationCounter.statements;
      const result = await certification.execute(CERTIFICATES, { first: 4, after }, ADMIN);
      perPage.push(certificationCounter.statements - before);
      expect(result.errors).toBeUndefined();
      const current = result.data!.certificates as Page;
      ids.push(...current.edges.map((edge) => edge.node.id));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    const stored = (await certification.dataSource.query(
      'SELECT id FROM certificate WHERE agency_id = 1 ORDER BY id',
    )) as { id: number }[];
    expect(ids).toEqual(stored.map((row) => String(row.id)));
    expect(ids.length).toBeGreaterThan(8);
    expect(new Set(perPage)).toEqual(new Set([1]));
  });

  it('sends the COUNT for the employees connection only when totalCount is selected', async () => {
    const statements = async (selection: string) => {
      const before = personnelCounter.statements;
      const result = await personnel.execute(`{ employees(first: 5) { ${selection} } }`, {}, ADMIN);
      expect(result.errors).toBeUndefined();
      return personnelCounter.statements - before;
    };
    expect(await statements('edges { node { id } }')).toBe(1);
    expect(await statements('totalCount edges { node { id } }')).toBe(2);
  });
});
