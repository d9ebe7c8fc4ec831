// Imports the assessment centre's CSV: every row is checked (format, NIP of the agency, known competency code) and
// every bad row reported by line number; nothing is written unless every row is good, nor on a dry run (the preview).
// Three statements at most before the write, whatever the number of rows.
import { cleanName, csvRowsInvalid, csvUnreadable, inTransaction } from '@asn/common';
import { In } from 'typeorm';
import type { Context } from '../context.js';
import { Assessment } from '../entities/assessment.entity.js';
import { Competency } from '../entities/competency.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { invalid } from '../errors.js';
import { authorize, homeAgency } from '../policy.js';
import { MAX_CSV_ROWS, parseAssessmentCsv, type CsvProblem } from '../rules/assessment-csv.js';

const INSERT_CHUNK = 500;

export async function importAssessments(
  context: Context,
  csv: string,
  assessor: string,
  dryRun = false,
): Promise<{ imported: number; employees: number; dryRun: boolean }> {
  const agencyId = homeAgency(context.identity);
  if (agencyId !== undefined) authorize(context.identity, { action: 'assessment.import', agencyId });
  if (assessor.trim().length === 0 || assessor.trim().length > 150) throw invalid('input.assessor', 'NAME_REQUIRED');
  const name = cleanName(assessor, 'input.assessor', 150);
  const parsed = parseAssessmentCsv(csv, context.today);
  if (!parsed.ok) throw csvUnreadable('input.csv', parsed.reason, MAX_CSV_ROWS);

  const nips = [...new Set(parsed.rows.map((row) => row.nip))];
  const codes = [...new Set(parsed.rows.map((row) => row.competencyCode))];
  const [employees, competencies] = await Promise.all([
    nips.length
      ? context.dataSource.getRepository(Employee).find({
          select: { id: true, nip: true, agencyId: true, managerId: true },
          where: { nip: In(nips), ...(agencyId !== undefined && { agencyId }) },
        })
      : [],
    codes.length ? context.dataSource.getRepository(Competency).findBy({ code: In(codes) }) : [],
  ]);
  // An import is the assessment centre's word: nobody imports it about themself.
  for (const employee of employees) {
    authorize(context.identity, { action: 'assessment.record', employee, source: 'ASSESSMENT_CENTER' });
  }
  const employeeOf = new Map(employees.map((employee) => [employee.nip, employee.id]));
  const competencyOf = new Map(competencies.map((competency) => [competency.code, competency.id]));
  const retired = new Set(competencies.filter((row) => row.retiredOn !== null).map((row) => row.code));

  const problems: CsvProblem[] = [...parsed.problems];
  for (const row of parsed.rows) {
    if (!employeeOf.has(row.nip)) problems.push({ line: row.line, field: 'nip', reason: 'EMPLOYEE_NOT_FOUND' });
    if (!competencyOf.has(row.competencyCode)) {
      problems.push({ line: row.line, field: 'competencyCode', reason: 'COMPETENCY_NOT_FOUND' });
    } else if (retired.has(row.competencyCode)) {
      problems.push({ line: row.line, field: 'competencyCode', reason: 'RETIRED' });
    }
  }
  if (problems.length > 0) throw csvRowsInvalid('input.csv', problems);

  const records = parsed.rows.map((row) => ({
    employeeId: employeeOf.get(row.nip)!,
    competencyId: competencyOf.get(row.competencyCode)!,
    level: row.level,
    source: 'ASSESSMENT_CENTER' as const,
    assessedOn: row.assessedOn,
    assessor: name,
    evidence: `Impor CSV assessment center, baris ${row.line}`,
  }));
  const employeeCount = new Set(records.map((record) => record.employeeId)).size;
  // The preview runs every check above and stops short of the write, so what it reports is what an import would do.
  if (dryRun) return { imported: records.length, employees: employeeCount, dryRun: true };
  await inTransaction(context.dataSource, async (manager) => {
    for (let start = 0; start < records.length; start += INSERT_CHUNK) {
      // updateEntity(false): no read-back of generated ids, so a chunk is one statement on SQLite too.
      await manager
        .createQueryBuilder()
        .insert()
        .into(Assessment)
        .values(records.slice(start, start + INSERT_CHUNK))
        .updateEntity(false)
        .execute();
    }
  });
  return { imported: records.length, employees: employeeCount, dryRun: false };
}
