// The one row of each (unit, year) of a table keyed so (a budget, a needs survey), or null: one query per batch.
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsWhere } from 'typeorm';

export interface UnitYear {
  unitId: number;
  year: number;
}

export function createUnitYearRowLoader<T extends UnitYear>(dataSource: DataSource, target: EntityTarget<T>) {
  return new DataLoader<UnitYear, T | null, string>(
    async (keys) => {
      const rows = await dataSource.getRepository(target).findBy({
        unitId: In([...new Set(keys.map((key) => key.unitId))]),
        year: In([...new Set(keys.map((key) => key.year))]),
      } as FindOptionsWhere<T>);
      const byKey = new Map(rows.map((row) => [`${row.unitId}:${row.year}`, row]));
      return keys.map((key) => byKey.get(`${key.unitId}:${key.year}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.year}` },
  );
}
