import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { DevelopmentPlan } from '../entities/development-plan.entity.js';

export interface EmployeeYear {
  employeeId: number;
  year: number;
}

/** The plan of each (employee, year), or null. */
export function createPlansByEmployeeYearLoader(dataSource: DataSource) {
  return new DataLoader<EmployeeYear, DevelopmentPlan | null, string>(
    async (keys) => {
      const rows = await dataSource.getRepository(DevelopmentPlan).findBy({
        employeeId: In([...new Set(keys.map((key) => key.employeeId))]),
        year: In([...new Set(keys.map((key) => key.year))]),
      });
      const byKey = new Map(rows.map((row) => [`${row.employeeId}:${row.year}`, row]));
      return keys.map((key) => byKey.get(`${key.employeeId}:${key.year}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.employeeId}:${key.year}` },
  );
}
