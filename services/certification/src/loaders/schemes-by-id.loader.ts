import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Scheme } from '../entities/scheme.entity.js';

export function createSchemesByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Scheme>(
    (ids) => dataSource.getRepository(Scheme).findBy({ id: In([...ids]) }),
    (scheme) => scheme.id,
  );
}
