import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Issuer } from '../entities/issuer.entity.js';

export function createIssuersByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Issuer>(
    (ids) => dataSource.getRepository(Issuer).findBy({ id: In([...ids]) }),
    (issuer) => issuer.id,
  );
}
