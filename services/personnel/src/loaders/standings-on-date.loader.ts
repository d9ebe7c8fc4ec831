// The team matrix as of a past date: each employee's position on that date (from the position history, else the
// position they hold now) and their levels from the assessments made by then, stale as of then, against that
// position's standard. The standard and the JPM formula are today's (neither is kept dated). Built from the same
// loaders as today's standings, so any number of employees and dates costs the same statements.
import { loadAll } from '@asn/common';
import DataLoader from 'dataloader';
import type { Agency } from '../entities/agency.entity.js';
import type { CompetencyStandard } from '../entities/competency-standard.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import type { PositionHistory } from '../entities/position-history.entity.js';
import type { AssessmentFact } from '../rules/current-level.js';
import { createCurrentLevelsByEmployeeIdLoader } from './current-levels-by-employee-id.loader.js';
import { createStandingsByEmployeeIdLoader } from './standings-by-employee-id.loader.js';

interface Needed {
  employeesById: DataLoader<number, Employee | null>;
  agenciesById: DataLoader<number, Agency | null>;
  standardsByPositionId: DataLoader<number, CompetencyStandard[]>;
  assessmentFactsByEmployeeId: DataLoader<number, AssessmentFact[]>;
  positionHistoryByEmployeeId: DataLoader<number, PositionHistory[]>;
}

export interface DatedLoaders {
  employeesById: DataLoader<number, Employee | null>;
  currentLevelsByEmployeeId: ReturnType<typeof createCurrentLevelsByEmployeeIdLoader>;
  standingsByEmployeeId: ReturnType<typeof createStandingsByEmployeeIdLoader>;
}

/** The position a history entry covering `date` names (entries are newest first), else the current one. */
function positionOn(employee: Employee, history: readonly PositionHistory[], date: string): number {
  const entry = history.find((row) => row.fromDate <= date && (row.toDate === null || row.toDate >= date));
  return entry?.positionId ?? employee.positionId;
}

export function createDatedLoaders(
  loaders: Needed,
  validityYearsOf: (employeeIds: readonly number[]) => Promise<number[]>,
) {
  const byDate = new Map<string, DatedLoaders>();
  return (date: string): DatedLoaders => {
    const known = byDate.get(date);
    if (known) return known;
    const employeesById = new DataLoader<number, Employee | null>(async (ids) => {
      const [employees, histories] = await Promise.all([
        loadAll(loaders.employeesById, ids),
        loadAll(loaders.positionHistoryByEmployeeId, ids),
      ]);
      return employees.map((employee, index) =>
        employee
          ? Object.assign(Object.create(Object.getPrototypeOf(employee) as object) as Employee, employee, {
              positionId: positionOn(employee, histories[index]!, date),
            })
          : null,
      );
    });
    const factsBy = new DataLoader<number, AssessmentFact[]>(async (ids) =>
      (await loadAll(loaders.assessmentFactsByEmployeeId, ids)).map((facts) =>
        facts.filter((fact) => fact.assessedOn <= date),
      ),
    );
    const currentLevelsByEmployeeId = createCurrentLevelsByEmployeeIdLoader(factsBy, validityYearsOf, date);
    const dated = {
      employeesById,
      currentLevelsByEmployeeId,
      standingsByEmployeeId: createStandingsByEmployeeIdLoader({
        ...loaders,
        employeesById,
        currentLevelsByEmployeeId,
      }),
    };
    byDate.set(date, dated);
    return dated;
  };
}
