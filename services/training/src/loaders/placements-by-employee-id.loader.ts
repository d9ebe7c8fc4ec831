// An employee's placements, all statuses, latest start first: one query per batch.
import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Placement } from '../entities/placement.entity.js';

export function createPlacementsByEmployeeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, Placement>(
    (keys) =>
      dataSource
        .getRepository(Placement)
        .find({ where: { employeeId: In([...keys]) }, order: { startsOn: 'DESC', id: 'DESC' } }),
    (row) => row.employeeId,
  );
}
