import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import type { Scheme } from '../entities/scheme.entity.js';
import { SchemeRequirement } from '../entities/scheme-requirement.entity.js';

/** The schemes each position requires, fetched with their requirement rows in one statement. */
export function createSchemesByPositionIdLoader(dataSource: DataSource) {
  const loader = createGroupLoader<number, SchemeRequirement>(
    (positionIds) =>
      dataSource.getRepository(SchemeRequirement).find({
        where: { positionId: In([...positionIds]) },
        relations: { scheme: true },
        order: { schemeId: 'ASC' },
      }),
    (row) => row.positionId,
  );
  return {
    load: async (positionId: number): Promise<Scheme[]> =>
      (await loader.load(positionId)).flatMap((row) => (row.scheme ? [row.scheme] : [])),
  };
}
