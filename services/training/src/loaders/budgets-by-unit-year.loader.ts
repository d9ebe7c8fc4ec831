import type { DataSource } from 'typeorm';
import { TrainingBudget } from '../entities/training-budget.entity.js';
import { createUnitYearRowLoader } from './unit-year-row.loader.js';

export type { UnitYear } from './unit-year-row.loader.js';

/** The budget row of each (unit, year), or null. */
export function createBudgetsByUnitYearLoader(dataSource: DataSource) {
  return createUnitYearRowLoader(dataSource, TrainingBudget);
}
