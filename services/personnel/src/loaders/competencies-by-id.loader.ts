import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Competency } from '../entities/competency.entity.js';

export function createCompetenciesByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Competency>(
    (keys) => dataSource.getRepository(Competency).findBy({ id: In([...keys]) }),
    (row) => row.id,
  );
}
