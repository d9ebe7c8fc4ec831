import type { Logger } from '@asn/common';
import type { DataSource } from 'typeorm';
import { Enrolment } from '../entities/enrolment.entity.js';

/** Idempotent: inserts the demo data only into an empty database. */
export async function seedTraining(dataSource: DataSource, logger: Logger): Promise<void> {
  const repository = dataSource.getRepository(Enrolment);
  if ((await repository.count()) > 0) return;
  await repository.insert([
    { id: 1, employeeId: 1, trainingTitle: 'Pelatihan Kepemimpinan Administrator (PKA)', jp: 60 },
    { id: 2, employeeId: 2, trainingTitle: 'E-learning Manajemen Data', jp: 12 },
  ]);
  logger.info('training demo data seeded');
}
