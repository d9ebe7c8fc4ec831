// Each employee's current levels, from the columns of their assessment history the rule reads (one batched query)
// and the rule in one place.
import DataLoader from 'dataloader';
import { currentLevels, type AssessmentFact, type CurrentLevel } from '../rules/current-level.js';

export function createCurrentLevelsByEmployeeIdLoader(
  assessmentFactsByEmployeeId: DataLoader<number, AssessmentFact[]>,
  validityYearsOf: (employeeIds: readonly number[]) => Promise<number[]>,
  today: string,
) {
  return new DataLoader<number, CurrentLevel<AssessmentFact>[]>(async (employeeIds) => {
    const [histories, validity] = await Promise.all([
      assessmentFactsByEmployeeId.loadMany(employeeIds),
      validityYearsOf(employeeIds),
    ]);
    return histories.map((history, index) =>
      history instanceof Error ? history : currentLevels(history, today, validity[index] ?? 3),
    );
  });
}
