import type { Logger } from '@asn/common';
import type { DataSource } from 'typeorm';
import { Employee } from '../entities/employee.entity.js';

/** Idempotent: inserts the demo data only into an empty database. */
export async function seedPersonnel(dataSource: DataSource, logger: Logger): Promise<void> {
  const repository = dataSource.getRepository(Employee);
  if ((await repository.count()) > 0) return;
  await repository.insert([
    { id: 1, nip: '196608011988031001', name: 'Drs. Hendrik Latuconsina, M.Si.' },
    { id: 2, nip: '198503122010012002', name: 'Maria Pattiasina, S.Kom.' },
  ]);
  logger.info('personnel demo data seeded');
}
