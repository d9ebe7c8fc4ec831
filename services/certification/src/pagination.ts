// One paging rule for every connection: `first` 1..100 (default 20), `after` an opaque cursor of the last row seen;
// rows are keyed by their integer id in ascending order, so a page is `id > after LIMIT first + 1`.
import { badInput } from '@asn/common';
import { CertificationReason } from './errors.js';

export const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;

export interface Page {
  first: number;
  afterId: number | undefined;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`id:${id}`, 'utf8').toString('base64');
}

export function parsePage(first: number | undefined, after: string | undefined): Page {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw badInput('first', CertificationReason.PAGE_TOO_LARGE, {
      id: `first harus antara 1 dan ${MAX_PAGE}.`,
      en: `first must be between 1 and ${MAX_PAGE}.`,
    });
  }
  if (after === undefined) return { first: size, afterId: undefined };
  const match = /^id:(\d+)$/.exec(Buffer.from(after, 'base64').toString('utf8'));
  if (!match) {
    throw badInput('after', CertificationReason.CURSOR_INVALID, {
      id: 'Kursor tidak valid.',
      en: 'The cursor is not valid.',
    });
  }
  return { first: size, afterId: Number(match[1]) };
}

/** Builds the connection from up to first + 1 rows (the extra row only says a next page exists). */
export function toConnection<T extends { id: number }>(rows: T[], page: Page, totalCount: number) {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
