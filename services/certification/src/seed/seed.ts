import type { Logger } from '@asn/common';
import type { DataSource } from 'typeorm';
import { Certificate } from '../entities/certificate.entity.js';

/** Idempotent: inserts the demo data only into an empty database. */
export async function seedCertification(dataSource: DataSource, logger: Logger): Promise<void> {
  const repository = dataSource.getRepository(Certificate);
  if ((await repository.count()) > 0) return;
  await repository.insert([
    { id: 1, employeeId: 2, number: 'LKPP-PBJ-2024-000123', schemeName: 'Sertifikat Dasar Pengadaan Barang/Jasa' },
  ]);
  logger.info('certification demo data seeded');
}
