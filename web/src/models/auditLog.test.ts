import { describe, expect, it } from 'vitest';
import { mergeAuditLogs, type AuditRow } from './auditLog';

const row = (id: string, minute: number): AuditRow => ({
  id,
  occurredAt: `2026-12-01T03:${String(minute).padStart(2, '0')}:00.000Z`,
  actor: 'user:admin.ambon',
  action: 'UPDATE',
  entityName: 'employee',
});
const START = { personnel: null, training: null, certification: null };

describe('mergeAuditLogs', () => {
  it('merges the three logs newest first and moves each cursor past what the page showed', () => {
    const page = mergeAuditLogs(
      { personnel: [row('9', 50), row('8', 20)], training: [row('4', 40), row('3', 10)], certification: [] },
      START,
      3,
    );
    expect(page.rows.map((entry) => `${entry.source}:${entry.id}`)).toEqual([
      'personnel:9',
      'training:4',
      'personnel:8',
    ]);
    expect(page.next).toEqual({ personnel: '8', training: '4', certification: null });
    expect(page.hasMore).toBe(true);
  });

  it('keeps a log’s cursor when the page showed none of it, and ends when every log is done', () => {
    const cursors = { personnel: '8', training: '4', certification: null };
    const page = mergeAuditLogs({ personnel: [], training: [row('3', 10)], certification: [] }, cursors, 3);
    expect(page.rows.map((entry) => entry.id)).toEqual(['3']);
    expect(page.next).toEqual({ personnel: '8', training: '3', certification: null });
    expect(page.hasMore).toBe(false);
  });

  it('expects more while a log filled its page', () => {
    const page = mergeAuditLogs({ personnel: [row('2', 2), row('1', 1)], training: [], certification: [] }, START, 2);
    expect(page.hasMore).toBe(true);
  });
});
