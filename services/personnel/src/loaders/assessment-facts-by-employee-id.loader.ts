// Each employee's assessments as the current-level rule reads them (id, competency, level, source, date) for the
// team matrix, JPM and gaps: a raw select of those columns in no particular order (the rule ranks them itself), so
// the matrix of a 1,000-person unit neither hydrates 40,000 full entities nor sorts them in SQL.
// The history itself (Employee.assessments) keeps the entity loader.
import { createGroupLoader, toDateString } from '@asn/common';
import type { DataSource } from 'typeorm';
import { Assessment } from '../entities/assessment.entity.js';
import type { AssessmentFact } from '../rules/current-level.js';

export interface EmployeeAssessmentFact extends AssessmentFact {
  employeeId: number;
}

/** A row as the drivers give it: the INT columns as numbers on both, the DATE as text (SQLite) or a Date (mysql2). */
interface FactRow extends Omit<EmployeeAssessmentFact, 'assessedOn'> {
  assessedOn: string | Date;
}

export function createAssessmentFactsByEmployeeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, EmployeeAssessmentFact>(
    async (keys) => {
      const rows = await dataSource
        .getRepository(Assessment)
        .createQueryBuilder('assessment')
        .select('assessment.id', 'id')
        .addSelect('assessment.employee_id', 'employeeId')
        .addSelect('assessment.competency_id', 'competencyId')
        .addSelect('assessment.level', 'level')
        .addSelect('assessment.source', 'source')
        .addSelect('assessment.assessed_on', 'assessedOn')
        .where('assessment.employee_id IN (:...keys)', { keys: [...keys] })
        .getRawMany<FactRow>();
      // The rows become the facts in place (only mysql2's Date needs converting): a copy of each of a 1,000-person
      // unit's 40,000 cost the matrix more than the rule that reads them.
      for (const row of rows) if (row.assessedOn instanceof Date) row.assessedOn = toDateString(row.assessedOn);
      return rows as EmployeeAssessmentFact[];
    },
    (row) => row.employeeId,
  );
}
