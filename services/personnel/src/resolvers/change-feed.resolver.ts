// The sync feeds of personnel (services/common sync, docs/sync.md): employees, and per employee their assessments,
// ratings and rank, position and education histories, for administrators and API keys of the agency.
import { createChangeFeedResolver, ownAgencies, type ChangeFeedSpec } from '@asn/common';
import { In, type ObjectLiteral } from 'typeorm';
import type { Context } from '../context.js';
import { Assessment } from '../entities/assessment.entity.js';
import { EducationHistory } from '../entities/education-history.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { PerformanceRating } from '../entities/performance-rating.entity.js';
import { PositionHistory } from '../entities/position-history.entity.js';
import { RankHistory } from '../entities/rank-history.entity.js';
import { forbidden } from '../errors.js';
import { authorize, homeAgency } from '../policy.js';

const scopeOf = (personal: boolean) => (context: Context) => {
  const agencyId = homeAgency(context.identity);
  // The gateway's own identity syncs nothing: only an agency's administrators and API keys do.
  if (agencyId === undefined) throw forbidden();
  authorize(context.identity, { action: 'change.sync', agencyId, personal });
  return agencyId;
};

/** A row of an employee's record belongs to the employee's agency: one look-up for the page's employees. */
async function agenciesOfEmployees(rows: ObjectLiteral[], context: Context): Promise<(number | null)[]> {
  const ids = [...new Set(rows.map((row) => Number(row.employeeId)).filter(Number.isSafeInteger))];
  const employees = ids.length
    ? await context.dataSource
        .getRepository(Employee)
        .find({ select: { id: true, agencyId: true }, where: { id: In(ids) } })
    : [];
  const agencyOf = new Map(employees.map((employee) => [employee.id, employee.agencyId]));
  return rows.map((row) => agencyOf.get(Number(row.employeeId)) ?? null);
}

function recordFeed<T extends ObjectLiteral>(
  queryName: string,
  node: ChangeFeedSpec<T, Context>['node'],
  name: string,
  what: string,
) {
  return createChangeFeedResolver<T, Context>({
    queryName,
    node,
    name,
    what,
    scopeOf: scopeOf(true),
    agenciesOf: agenciesOfEmployees,
  });
}

export const EmployeeChangeFeedResolver = createChangeFeedResolver<Employee, Context>({
  queryName: 'employeeChanges',
  node: Employee,
  name: 'Employee',
  what: 'employee',
  scopeOf: scopeOf(false),
  agenciesOf: ownAgencies,
});
export const AssessmentChangeFeedResolver = recordFeed('assessmentChanges', Assessment, 'Assessment', 'assessment');
export const RatingChangeFeedResolver = recordFeed(
  'performanceRatingChanges',
  PerformanceRating,
  'PerformanceRating',
  'performance rating',
);
export const RankHistoryChangeFeedResolver = recordFeed('rankHistoryChanges', RankHistory, 'RankHistory', 'rank');
export const PositionHistoryChangeFeedResolver = recordFeed(
  'positionHistoryChanges',
  PositionHistory,
  'PositionHistory',
  'position held',
);
export const EducationHistoryChangeFeedResolver = recordFeed(
  'educationHistoryChanges',
  EducationHistory,
  'EducationHistory',
  'education',
);
