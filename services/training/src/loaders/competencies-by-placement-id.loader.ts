// The competencies each placement aims at: one query per batch.
import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { PlacementCompetency } from '../entities/placement-competency.entity.js';

export function createCompetenciesByPlacementIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, PlacementCompetency>(
    (placementIds) =>
      dataSource
        .getRepository(PlacementCompetency)
        .find({ where: { placementId: In([...placementIds]) }, order: { competencyId: 'ASC' } }),
    (row) => row.placementId,
  );
}
