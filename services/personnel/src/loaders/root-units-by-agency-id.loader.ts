import { createGroupLoader } from '@asn/common';
import { In, IsNull, type DataSource } from 'typeorm';
import { Unit } from '../entities/unit.entity.js';

export function createRootUnitsByAgencyIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, Unit>(
    (keys) =>
      dataSource
        .getRepository(Unit)
        .find({ where: { agencyId: In([...keys]), parentId: IsNull() }, order: { id: 'ASC' } }),
    (row) => row.agencyId,
  );
}
