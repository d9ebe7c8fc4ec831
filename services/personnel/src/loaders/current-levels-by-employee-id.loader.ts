// Each employee's current levels, from their assessment history (one batched query) and the rule in one place.
import DataLoader from 'dataloader';
import type { Assessment } from '../entities/assessment.entity.js';
import { currentLevels, type CurrentLevel } from '../rules/current-level.js';

export function createCurrentLevelsByEmployeeIdLoader(
  assessmentsByEmployeeId: DataLoader<number, Assessment[]>,
  validityYearsOf: (employeeIds: readonly number[]) => Promise<number[]>,
  today: string,
) {
  return new DataLoader<number, CurrentLevel<Assessment>[]>(async (employeeIds) => {
    const [histories, validity] = await Promise.all([
      assessmentsByEmployeeId.loadMany(employeeIds),
      validityYearsOf(employeeIds),
    ]);
    return histories.map((history, index) =>
      history instanceof Error ? history : currentLevels(history, today, validity[index] ?? 3),
    );
  });
}
