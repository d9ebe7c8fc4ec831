import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { UserAccount } from '../entities/user-account.entity.js';

export function createUserAccountsByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, UserAccount>(
    (keys) => dataSource.getRepository(UserAccount).findBy({ id: In([...keys]) }),
    (row) => row.id,
  );
}
