import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Unit } from '../entities/unit.entity.js';

export function createUnitsByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Unit>(
    (keys) => dataSource.getRepository(Unit).findBy({ id: In([...keys]) }),
    (row) => row.id,
  );
}
