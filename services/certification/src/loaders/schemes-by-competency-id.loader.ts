import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import type { Scheme } from '../entities/scheme.entity.js';
import { SchemeCompetency } from '../entities/scheme-competency.entity.js';

/** The schemes certifying each competency, fetched with their links in one statement. */
export function createSchemesByCompetencyIdLoader(dataSource: DataSource) {
  const loader = createGroupLoader<number, SchemeCompetency>(
    (competencyIds) =>
      dataSource.getRepository(SchemeCompetency).find({
        where: { competencyId: In([...competencyIds]) },
        relations: { scheme: true },
        order: { schemeId: 'ASC' },
      }),
    (row) => row.competencyId,
  );
  return {
    load: async (competencyId: number): Promise<Scheme[]> =>
      (await loader.load(competencyId)).flatMap((row) => (row.scheme ? [row.scheme] : [])),
  };
}
