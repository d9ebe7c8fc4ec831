// The one row of a per-unit, per-year table (a training budget, a satisfaction index) for each (unit, year), or
// null: one statement per batch of keys.
import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral } from 'typeorm';

export interface UnitYear {
  unitId: number;
  year: number;
}

export function createRowsByUnitYearLoader<T extends ObjectLiteral & UnitYear>(
  dataSource: DataSource,
  entity: new () => T,
) {
  return new DataLoader<UnitYear, T | null, string>(
    async (keys) => {
      const rows = await dataSource.getRepository(entity).findBy({
        unitId: In([...new Set(keys.map((key) => key.unitId))]),
        year: In([...new Set(keys.map((key) => key.year))]),
      } as never);
      const byKey = new Map(rows.map((row) => [`${row.unitId}:${row.year}`, row]));
      return keys.map((key) => byKey.get(`${key.unitId}:${key.year}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.year}` },
  );
}
