import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Position } from '../entities/position.entity.js';

export function createPositionsByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Position>(
    (keys) => dataSource.getRepository(Position).findBy({ id: In([...keys]) }),
    (row) => row.id,
  );
}
