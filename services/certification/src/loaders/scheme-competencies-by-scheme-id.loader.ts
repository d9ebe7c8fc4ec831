import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { SchemeCompetency } from '../entities/scheme-competency.entity.js';

export function createSchemeCompetenciesBySchemeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, SchemeCompetency>(
    (schemeIds) =>
      dataSource.getRepository(SchemeCompetency).find({
        where: { schemeId: In([...schemeIds]) },
        order: { competencyId: 'ASC' },
      }),
    (row) => row.schemeId,
  );
}
