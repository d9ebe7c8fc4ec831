// Imports one kind of history entries (ratings, ranks, posts, education) from a CSV: each row is recorded exactly as
// its one-at-a-time mutation would, in one transaction, so a row is checked against the rows above it; every bad row
// is reported by line, field and reason, and nothing is kept unless every row is good, nor on a dry run (the preview).
import { csvRowsInvalid, csvUnreadable, DomainError, inTransaction, type CsvProblem } from '@asn/common';
import { In } from 'typeorm';
import type { Context } from '../context.js';
import { Employee } from '../entities/employee.entity.js';
import { authorize, homeAgency } from '../policy.js';
import { MAX_HISTORY_ROWS, parseHistoryCsv, type HistoryCsvRow, type HistoryKind } from '../rules/history-csv.js';
import {
  recordEducation,
  recordPerformanceRating,
  recordPosition,
  recordRank,
  type Within,
} from './history.service.js';

/** Thrown to roll a dry run back once every row has been recorded. */
class DryRunDone extends Error {}

/** The column a record mutation's input field came from. */
const COLUMN: Record<string, string> = { employeeId: 'nip', golongan: 'rank', pppkGrade: 'rank' };

function recordRow(context: Context, row: HistoryCsvRow, employee: Employee, within: Within): Promise<unknown> {
  const employeeId = String(employee.id);
  const { input } = row;
  switch (input.kind) {
    case 'RATING':
      return recordPerformanceRating(context, { employeeId, ...input }, within);
    case 'RANK':
      return recordRank(context, { employeeId, ...input }, within);
    case 'POSITION':
      return recordPosition(context, { employeeId, ...input }, within);
    case 'EDUCATION':
      return recordEducation(context, { employeeId, ...input }, within);
  }
}

export async function importHistories(
  context: Context,
  kind: HistoryKind,
  csv: string,
  dryRun: boolean,
): Promise<{ imported: number; employees: number; dryRun: boolean }> {
  const agencyId = homeAgency(context.identity);
  if (agencyId !== undefined) authorize(context.identity, { action: 'employee.write', agencyId });
  const parsed = parseHistoryCsv(kind, csv);
  if (!parsed.ok) throw csvUnreadable('input.csv', parsed.reason, MAX_HISTORY_ROWS);
  const nips = [...new Set(parsed.rows.map((row) => row.nip))];
  const employees = nips.length
    ? await context.dataSource
        .getRepository(Employee)
        .findBy({ nip: In(nips), ...(agencyId !== undefined && { agencyId }) })
    : [];
  // The same refusals as one entry at a time: the agency's administrator, never about themself.
  for (const employee of employees) {
    authorize(context.identity, { action: 'employee.write', agencyId: employee.agencyId });
    authorize(context.identity, { action: 'employee.decide', employee });
  }
  const byNip = new Map(employees.map((employee) => [employee.nip, employee]));
  const problems: CsvProblem[] = [...parsed.problems];
  for (const row of parsed.rows) {
    if (!byNip.has(row.nip)) problems.push({ line: row.line, field: 'nip', reason: 'EMPLOYEE_NOT_FOUND' });
  }
  try {
    await inTransaction(context.dataSource, async (manager) => {
      for (const row of parsed.rows) {
        const employee = byNip.get(row.nip);
        if (!employee) continue;
        try {
          await recordRow(context, row, employee, { employee, manager });
        } catch (error) {
          const extensions = error instanceof DomainError ? error.extensions : undefined;
          if (extensions?.code !== 'BAD_USER_INPUT') throw error;
          const field = String(extensions.field ?? 'row').replace(/^input\./, '');
          problems.push({ line: row.line, field: COLUMN[field] ?? field, reason: String(extensions.reason) });
        }
      }
      if (problems.length > 0) throw csvRowsInvalid('input.csv', problems);
      // The preview went through every write above, so it reports what the import would do; nothing is kept.
      if (dryRun) throw new DryRunDone();
    });
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  const employeeCount = new Set(parsed.rows.map((row) => row.nip)).size;
  return { imported: parsed.rows.length, employees: employeeCount, dryRun };
}
