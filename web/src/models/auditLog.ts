// The three subgraphs' audit logs as one page, newest first. Each log is paged by its own entry ids, so the page is a
// merge by time of the three answers, and the next (older) page asks each log only for entries older than the last
// one of it that this page showed: nothing is skipped or shown twice however the logs interleave.

export const AUDIT_SOURCES = ['personnel', 'training', 'certification'] as const;
export type AuditSource = (typeof AUDIT_SOURCES)[number];

export interface AuditRow {
  id: string;
  occurredAt: string;
  actor: string;
  action: string;
  entityName: string;
  entityId?: string | null;
}

export type AuditCursors = Record<AuditSource, string | null>;

export interface MergedAuditPage {
  rows: (AuditRow & { source: AuditSource })[];
  /** Where each log's next page starts (its `before`). */
  next: AuditCursors;
  /** Whether any log may hold older entries. */
  hasMore: boolean;
}

/** `logs` are each log's answer, newest first, asked with `first` and `cursors`. */
export function mergeAuditLogs(
  logs: Record<AuditSource, readonly AuditRow[]>,
  cursors: AuditCursors,
  first: number,
): MergedAuditPage {
  const all = AUDIT_SOURCES.flatMap((source) => logs[source].map((row) => ({ ...row, source })));
  // ISO instants order as text; the entry id breaks ties within one log.
  all.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || Number(b.id) - Number(a.id));
  const rows = all.slice(0, first);
  const next = { ...cursors };
  for (const row of rows) next[row.source] = row.id;
  const hasMore = all.length > first || AUDIT_SOURCES.some((source) => logs[source].length === first);
  return { rows, next, hasMore };
}
