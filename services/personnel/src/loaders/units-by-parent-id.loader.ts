import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Unit } from '../entities/unit.entity.js';

export function createUnitsByParentIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, Unit>(
    (keys) => dataSource.getRepository(Unit).find({ where: { parentId: In([...keys]) }, order: { path: 'ASC' } }),
    (row) => row.parentId ?? 0,
  );
}
