import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { CompetencyStandard } from '../entities/competency-standard.entity.js';

export function createStandardsByPositionIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, CompetencyStandard>(
    (keys) =>
      dataSource
        .getRepository(CompetencyStandard)
        .find({ where: { positionId: In([...keys]) }, order: { competencyId: 'ASC' } }),
    (row) => row.positionId,
  );
}
