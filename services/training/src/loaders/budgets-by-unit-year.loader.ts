import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { TrainingBudget } from '../entities/training-budget.entity.js';

export interface UnitYear {
  unitId: number;
  year: number;
}

/** The budget row of each (unit, year), or null. */
export function createBudgetsByUnitYearLoader(dataSource: DataSource) {
  return new DataLoader<UnitYear, TrainingBudget | null, string>(
    async (keys) => {
      const rows = await dataSource.getRepository(TrainingBudget).findBy({
        unitId: In([...new Set(keys.map((key) => key.unitId))]),
        year: In([...new Set(keys.map((key) => key.year))]),
      });
      const byKey = new Map(rows.map((row) => [`${row.unitId}:${row.year}`, row]));
      return keys.map((key) => byKey.get(`${key.unitId}:${key.year}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.year}` },
  );
}
