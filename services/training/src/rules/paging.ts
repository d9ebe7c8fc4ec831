// Keyset paging over ascending ids: `first` is 1–100 (docs/architecture.md); the cursor is base64 of the last id.
import { TrainingReason, trainingInput } from '../errors.js';

export const MAX_PAGE = 100;

export function encodeCursor(id: number): string {
  return Buffer.from(`id:${id}`).toString('base64');
}

export function decodeCursor(cursor: string): number {
  const match = /^id:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) {
    throw trainingInput('after', TrainingReason.CURSOR_INVALID, {
      id: 'Kursor tidak valid.',
      en: 'The cursor is not valid.',
    });
  }
  return Number(match[1]);
}

export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw trainingInput('first', TrainingReason.PAGE_TOO_LARGE, {
      id: `first harus antara 1 dan ${MAX_PAGE}.`,
      en: `first must be between 1 and ${MAX_PAGE}.`,
    });
  }
}

/** Builds a page from up to first + 1 rows fetched in id order. */
export function toPage<T extends { id: number }>(rows: T[], first: number, totalCount: number) {
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page.at(-1)!.id) : null },
    totalCount,
  };
}
