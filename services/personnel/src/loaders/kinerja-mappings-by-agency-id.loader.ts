import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { KinerjaMapping } from '../entities/kinerja-mapping.entity.js';

export function createKinerjaMappingsByAgencyIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, KinerjaMapping>(
    (keys) =>
      dataSource.getRepository(KinerjaMapping).find({ where: { agencyId: In([...keys]) }, order: { id: 'ASC' } }),
    (row) => row.agencyId,
  );
}
