// How each employee stands against their own position's standard (cells of the team matrix, Employee.jpm): levels,
// standards and the agency's JPM formula each through one batched loader.
import { loadAll } from '@asn/common';
import DataLoader from 'dataloader';
import type { Agency } from '../entities/agency.entity.js';
import type { CompetencyStandard } from '../entities/competency-standard.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import type { AssessmentFact, CurrentLevel } from '../rules/current-level.js';
import { matchPosition, type PositionMatch } from '../rules/position-match.js';

interface Needed {
  employeesById: DataLoader<number, Employee | null>;
  agenciesById: DataLoader<number, Agency | null>;
  standardsByPositionId: DataLoader<number, CompetencyStandard[]>;
  currentLevelsByEmployeeId: DataLoader<number, CurrentLevel<AssessmentFact>[]>;
}

export function createStandingsByEmployeeIdLoader(loaders: Needed) {
  return new DataLoader<number, PositionMatch<AssessmentFact> | null>(async (employeeIds) => {
    const employees = await loadAll(loaders.employeesById, employeeIds);
    const present = employees.filter((employee): employee is Employee => employee !== null);
    const [agencies, standards, levels] = await Promise.all([
      loadAll(
        loaders.agenciesById,
        present.map((employee) => employee.agencyId),
      ),
      loadAll(
        loaders.standardsByPositionId,
        present.map((employee) => employee.positionId),
      ),
      loadAll(
        loaders.currentLevelsByEmployeeId,
        present.map((employee) => employee.id),
      ),
    ]);
    const byId = new Map(
      present.map((employee, index) => [
        employee.id,
        matchPosition(standards[index]!, levels[index]!, agencies[index]?.jpmFormula ?? 'BKN'),
      ]),
    );
    return employeeIds.map((id) => byId.get(id) ?? null);
  });
}
