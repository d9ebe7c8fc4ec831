import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Placement } from '../entities/placement.entity.js';

export function createPlacementsByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Placement>(
    (ids) => dataSource.getRepository(Placement).findBy({ id: In([...ids]) }),
    (placement) => placement.id,
  );
}
