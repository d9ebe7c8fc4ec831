// The one pager of every connection: `first` 1..100 (default 20), `after` null or absent for the first page (how
// most clients ask for it) or the opaque cursor of the last row seen. A cursor is a keyset: the sort values of the
// last row seen and its id, so the next page starts after that row by an index range (`keysetAfter`), costs what
// the first page costs however deep it is, and neither skips nor repeats a row when rows are added or removed
// between pages. The count over all pages is sent only when a client selects `totalCount` (see toConnection).
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors.js';
import type { Connection } from './connection.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** The two reasons a page request is refused, the same in every subgraph. */
export const PageReason = {
  PAGE_SIZE_OUT_OF_RANGE: 'PAGE_SIZE_OUT_OF_RANGE',
  CURSOR_INVALID: 'CURSOR_INVALID',
} as const;

/** What a cursor carries: a tuple of sort values, the row's id last. */
export type CursorKey = readonly (string | number)[];

export interface PageRequest<K extends CursorKey> {
  first: number;
  /** The key of the last row of the previous page; undefined for the first page. */
  after: K | undefined;
}

/** `first` in 1..100, as every list and log takes it. */
export function checkPageSize(first: number | null | undefined, field = 'first'): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(field, PageReason.PAGE_SIZE_OUT_OF_RANGE, {
      id: `${field} harus antara 1 dan ${MAX_PAGE_SIZE}.`,
      en: `${field} must be between 1 and ${MAX_PAGE_SIZE}.`,
    });
  }
  return size;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** CURSOR_INVALID: for a cursor that parses but belongs to another order of the same list. */
export function invalidCursor(field = 'after') {
  return badInput(field, PageReason.CURSOR_INVALID, { id: 'Kursor tidak valid.', en: 'The cursor is not valid.' });
}

/**
 * Reads a page request. `shape` says what a key of this list looks like (e.g. `['int']` for an id); a cursor of
 * another shape, another list's or a forged one is CURSOR_INVALID, never an internal error.
 */
export function parsePage<const S extends readonly ('int' | 'string')[]>(
  args: { first?: number | null; after?: string | null },
  shape: S,
): PageRequest<{ [I in keyof S]: S[I] extends 'int' ? number : string }> {
  const first = checkPageSize(args.first);
  if (args.after === null || args.after === undefined) return { first, after: undefined };
  let key: unknown;
  try {
    key = args.after.length <= 1000 ? JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8')) : undefined;
  } catch {
    throw invalidCursor('after');
  }
  const fits =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((part, i) =>
      shape[i] === 'int' ? Number.isSafeInteger(part) && (part as number) >= 0 : typeof part === 'string',
    );
  if (!fits) throw invalidCursor('after');
  return { first, after: key as { [I in keyof S]: S[I] extends 'int' ? number : string } };
}

/**
 * Restricts `query` to the rows after the cursor's row in the order of `columns` (the sort expressions, the id
 * last, all in `direction`), and orders it so. The tuple comparison `(a, id) > (x, y)` is spelled out as
 * `a >= x AND (a > x OR (a = x AND id > y))`: both SQLite and MariaDB read that as one range of an index on the
 * columns (MariaDB's row-value comparison is not always a range), so a deep page is an index seek.
 */
export function keysetAfter<E extends object>(
  query: SelectQueryBuilder<E>,
  columns: readonly string[],
  direction: 'ASC' | 'DESC',
  after: CursorKey | undefined,
): SelectQueryBuilder<E> {
  columns.forEach((column, i) => (i === 0 ? query.orderBy(column, direction) : query.addOrderBy(column, direction)));
  if (!after) return query;
  const strict = direction === 'ASC' ? '>' : '<';
  const params = Object.fromEntries(after.map((value, i) => [`keyset${i}`, value]));
  const tail = (from: number): string =>
    from === columns.length - 1
      ? `${columns[from]} ${strict} :keyset${from}`
      : `(${columns[from]} ${strict} :keyset${from} OR (${columns[from]} = :keyset${from} AND ${tail(from + 1)}))`;
  const lead = columns.length > 1 ? `${columns[0]} ${strict}= :keyset0 AND ` : '';
  return query.andWhere(new Brackets((where) => where.where(`${lead}${tail(0)}`, params)));
}

/**
 * The connection of one page from up to `first + 1` rows fetched in the list's order (the extra row only says a next
 * page exists); `keyOf` gives each row's cursor key. `count` runs only if the client selects `totalCount`: the field
 * is a getter that graphql-js reads only for a selected field, so a page without it sends no COUNT.
 */
export function toConnection<T, K extends CursorKey>(
  rows: T[],
  page: PageRequest<K>,
  count: () => Promise<number>,
  keyOf: (node: T) => K,
): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      counted ??= count();
      return counted;
    },
  };
}

/** The key of a list in id order: the row's id. */
export const ID_KEY = ['int'] as const;
export const idKeyOf = (row: { id: number }): [number] => [row.id];
