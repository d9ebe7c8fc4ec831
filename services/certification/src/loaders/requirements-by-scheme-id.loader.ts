import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { SchemeRequirement } from '../entities/scheme-requirement.entity.js';

/** The positions requiring each scheme, as requirement rows, in one statement. */
export function createRequirementsBySchemeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, SchemeRequirement>(
    (schemeIds) =>
      dataSource
        .getRepository(SchemeRequirement)
        .find({ where: { schemeId: In([...schemeIds]) }, order: { positionId: 'ASC' } }),
    (row) => row.schemeId,
  );
}
