// Unit.competencyGaps for any number of units in constant SQL: members, their rows, their positions' standards and
// their assessments each come through one batched loader.
import DataLoader from 'dataloader';
import type { CompetencyStandard } from '../entities/competency-standard.entity.js';
import { Employee } from '../entities/employee.entity.js';
import type { AssessmentFact, CurrentLevel } from '../rules/current-level.js';
import { unitCompetencyGaps, type CompetencyGapSum } from '../rules/unit-competency-gaps.js';

interface Needed {
  memberIdsByUnitId: DataLoader<number, number[]>;
  employeesById: DataLoader<number, Employee | null>;
  standardsByPositionId: DataLoader<number, CompetencyStandard[]>;
  currentLevelsByEmployeeId: DataLoader<number, CurrentLevel<AssessmentFact>[]>;
}

export function createCompetencyGapsByUnitIdLoader(loaders: Needed) {
  return new DataLoader<number, CompetencyGapSum[]>(async (unitIds) => {
    const memberLists = await loaders.memberIdsByUnitId.loadMany(unitIds);
    const memberIds = [...new Set(memberLists.flatMap((list) => (list instanceof Error ? [] : list)))];
    const employees = (await loaders.employeesById.loadMany(memberIds)).filter(
      (employee): employee is Employee => employee instanceof Employee,
    );
    const [standards, levels] = await Promise.all([
      loaders.standardsByPositionId.loadMany([...new Set(employees.map((employee) => employee.positionId))]),
      loaders.currentLevelsByEmployeeId.loadMany(employees.map((employee) => employee.id)),
    ]);
    const standardOf = new Map(
      [...new Set(employees.map((employee) => employee.positionId))].map((positionId, index) => {
        const standard = standards[index];
        return [positionId, standard instanceof Error ? [] : (standard ?? [])] as const;
      }),
    );
    const standingOf = new Map(
      employees.map((employee, index) => {
        const current = levels[index];
        const levelMap = new Map(
          current instanceof Error || !current
            ? []
            : current.map((level) => [level.competencyId, level.level] as const),
        );
        return [employee.id, { standard: standardOf.get(employee.positionId) ?? [], levels: levelMap }] as const;
      }),
    );
    return memberLists.map((list) =>
      list instanceof Error ? list : unitCompetencyGaps(list.flatMap((id) => standingOf.get(id) ?? [])),
    );
  });
}
