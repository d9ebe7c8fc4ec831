// The employees of each unit and all its sub-units, for any number of units in one statement: a sub-unit's path
// starts with its ancestor's path, so every asked-for subtree is one LIKE of the same query.
import DataLoader from 'dataloader';
import { Brackets, type DataSource } from 'typeorm';
import { Employee } from '../entities/employee.entity.js';
import { Unit } from '../entities/unit.entity.js';

export function createMemberIdsByUnitIdLoader(dataSource: DataSource, unitsById: DataLoader<number, Unit | null>) {
  return new DataLoader<number, number[]>(async (unitIds) => {
    const units = (await unitsById.loadMany(unitIds)).map((unit) => (unit instanceof Unit ? unit : null));
    const paths = [...new Set(units.flatMap((unit) => (unit ? [unit.path] : [])))];
    if (paths.length === 0) return unitIds.map(() => []);
    const rows = await dataSource
      .getRepository(Employee)
      .createQueryBuilder('employee')
      .innerJoin(Unit, 'unit', 'unit.id = employee.unit_id')
      .select('employee.id', 'id')
      .addSelect('unit.path', 'path')
      .where(
        new Brackets((where) => {
          paths.forEach((path, index) =>
            where.orWhere(`unit.path LIKE :path${index}`, { [`path${index}`]: `${path}%` }),
          );
        }),
      )
      .orderBy('employee.id', 'ASC')
      .getRawMany<{ id: number | string; path: string }>();
    return units.map((unit) =>
      unit ? rows.filter((row) => row.path.startsWith(unit.path)).map((row) => Number(row.id)) : [],
    );
  });
}
