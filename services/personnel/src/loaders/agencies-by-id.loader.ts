import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Agency } from '../entities/agency.entity.js';

export function createAgenciesByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Agency>(
    (keys) => dataSource.getRepository(Agency).findBy({ id: In([...keys]) }),
    (row) => row.id,
  );
}
