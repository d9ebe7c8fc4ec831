// The opaque change cursor of the sync feeds: the audit-log position up to which a caller has read a feed, tagged
// with the feed so that one feed's cursor is not taken for another's. base64url JSON like the pager's cursors.
import { badInput } from '../errors.js';
import { PageReason } from '../graphql/pager.js';

export interface ChangePosition {
  /** The feed (its query name). */
  feed: string;
  /** The last audit-log entry read; 0 before the first. */
  entry: number;
}

export function encodeChangeCursor(position: ChangePosition): string {
  return Buffer.from(JSON.stringify({ f: position.feed, e: position.entry }), 'utf8').toString('base64url');
}

/** Reads `since`; a cursor of another feed, a forged or a truncated one is CURSOR_INVALID on the field. */
export function decodeChangeCursor(cursor: string, feed: string, field = 'since'): ChangePosition {
  let value: unknown;
  try {
    value = cursor.length <= 200 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    value = undefined;
  }
  const { f, e } = (value ?? {}) as { f?: unknown; e?: unknown };
  if (f !== feed || !Number.isSafeInteger(e) || (e as number) < 0) {
    throw badInput(field, PageReason.CURSOR_INVALID, { id: 'Kursor tidak valid.', en: 'The cursor is not valid.' });
  }
  return { feed, entry: e as number };
}
