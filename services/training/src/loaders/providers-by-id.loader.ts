import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Provider } from '../entities/provider.entity.js';

export function createProvidersByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Provider>(
    (ids) => dataSource.getRepository(Provider).findBy({ id: In([...ids]) }),
    (provider) => provider.id,
  );
}
