import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { DataSource } from 'typeorm';
import { encodeCursor, ID_KEY, idKeyOf, keysetAfter, parsePage, toConnection } from './pager.js';

const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.extensions : error;
  }
  return undefined;
};

describe('the pager', () => {
  it('reads after: null and an absent after alike, as the first page', () => {
    expect(parsePage({ first: 5, after: null }, ID_KEY)).toEqual({ first: 5, after: undefined });
    expect(parsePage({ first: 5 }, ID_KEY)).toEqual({ first: 5, after: undefined });
    expect(parsePage({ first: null }, ID_KEY)).toEqual({ first: 20, after: undefined });
  });

  it('round-trips a cursor of the right shape', () => {
    const rows = [{ id: 3 }, { id: 7 }, { id: 9 }];
    const page = toConnection(rows, { first: 2, after: undefined }, () => Promise.resolve(10), idKeyOf);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([3, 7]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(parsePage({ first: 2, after: page.pageInfo.endCursor }, ID_KEY).after).toEqual([7]);
    expect(toConnection([], { first: 2, after: undefined }, () => Promise.resolve(0), idKeyOf).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('refuses a page size outside 1..100 and a cursor that is not one of this list, with one pair of reasons', () => {
    for (const first of [0, 101, -1, 2.5]) {
      expect(reasonOf(() => parsePage({ first }, ID_KEY))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
        reason: 'PAGE_SIZE_OUT_OF_RANGE',
      });
    }
    for (const after of [
      '',
      'bm9wZQ',
      '%%%',
      encodeCursor(['x']),
      encodeCursor([1, 2]),
      encodeCursor([-4]),
      'a'.repeat(2000),
    ]) {
      expect(reasonOf(() => parsePage({ first: 5, after }, ID_KEY))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
        reason: 'CURSOR_INVALID',
      });
    }
  });
});

describe('the keyset', () => {
  it('counts only when totalCount is read, once', async () => {
    let counts = 0;
    const page = toConnection([{ id: 1 }], { first: 5, after: undefined }, () => Promise.resolve(++counts), idKeyOf);
    expect(page.edges).toHaveLength(1);
    expect(counts).toBe(0);
    expect(await page.totalCount).toBe(1);
    expect(await page.totalCount).toBe(1);
    expect(counts).toBe(1);
  });

  it('starts after the cursor row in either direction, ties broken by id', async () => {
    const db = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    await db.initialize();
    await db.query('CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    await db.query("INSERT INTO person (id, name) VALUES (1, 'b'), (2, 'a'), (3, 'b'), (4, 'c'), (5, 'a')");
    const ids = async (direction: 'ASC' | 'DESC', after?: [string, number]) =>
      (
        await keysetAfter(
          db.createQueryBuilder().select('p.id', 'id').from('person', 'p'),
          ['p.name', 'p.id'],
          direction,
          after,
        ).getRawMany<{ id: number }>()
      ).map((row) => row.id);
    expect(await ids('ASC')).toEqual([2, 5, 1, 3, 4]);
    expect(await ids('ASC', ['b', 1])).toEqual([3, 4]);
    expect(await ids('DESC')).toEqual([4, 3, 1, 5, 2]);
    expect(await ids('DESC', ['b', 3])).toEqual([1, 5, 2]);
    await db.destroy();
  });
});
