import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { CareerLadderEdge } from '../entities/career-ladder-edge.entity.js';

export function createLadderEdgesByAgencyIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, CareerLadderEdge>(
    (keys) =>
      dataSource.getRepository(CareerLadderEdge).find({ where: { agencyId: In([...keys]) }, order: { id: 'ASC' } }),
    (row) => row.agencyId,
  );
}
