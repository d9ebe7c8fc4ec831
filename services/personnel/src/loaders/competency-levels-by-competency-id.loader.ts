import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { CompetencyLevel } from '../entities/competency-level.entity.js';

export function createCompetencyLevelsByCompetencyIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, CompetencyLevel>(
    (keys) =>
      dataSource
        .getRepository(CompetencyLevel)
        .find({ where: { competencyId: In([...keys]) }, order: { level: 'ASC' } }),
    (row) => row.competencyId,
  );
}
